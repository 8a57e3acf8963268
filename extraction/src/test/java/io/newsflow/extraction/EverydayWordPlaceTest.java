package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place names that are also everyday words, and a capital renamed since the gazetteer was made. */
class EverydayWordPlaceTest {

    private static List<Mention> mentionsOf(String body, String language, String name) {
        return SharedExtractor.INSTANCE.extract("", body, null, language).entities().stream()
                .filter(e -> e.name().equals(name)).flatMap(e -> e.mentions().stream()).toList();
    }

    @Test
    void anEverydayWordOpeningASentenceIsNotTheCapital() {
        String body = "Male voters queued for hours on Saturday.\nMALE, June 3 - Officials in Male counted the votes.";
        assertThat(mentionsOf(body, "en", "Malé")).extracting(Mention::start)
                .containsExactly(body.indexOf("MALE") + 1, body.indexOf("in Male") + 4);
    }

    @Test
    void nurSultanAndAstanaAreOnePlace() {
        List<ArticleEntity> places = SharedExtractor.INSTANCE.extract("",
                "The talks opened in Nur-Sultan on Monday. Officials in Astana said so.", null, "en").entities();
        assertThat(places).extracting(ArticleEntity::name).containsExactly("Astana");
        assertThat(places.get(0).mentions()).extracting(Mention::text).containsExactly("Nur-Sultan", "Astana");
    }
}
