package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place names that are also everyday words, and a city known by its former name too. */
class EverydayWordPlaceTest {

    private static List<Mention> mentionsOf(String body, String language, String name) {
        return SharedExtractor.INSTANCE.extract("", body, null, language).entities().stream()
                .filter(e -> e.name().equals(name)).flatMap(e -> e.mentions().stream()).toList();
    }

    @Test
    void anEverydayWordOpeningASentenceIsNotTheCapital() {
        String body = "Reading voters queued for hours on Saturday.\nREADING, June 3 - Officials in Reading "
                + "counted the votes.";
        assertThat(mentionsOf(body, "en", "Reading")).extracting(Mention::start)
                .containsExactly(body.indexOf("READING") + 1, body.indexOf("in Reading") + 4);
    }

    @Test
    void calcuttaAndKolkataAreOnePlace() {
        List<ArticleEntity> places = SharedExtractor.INSTANCE.extract("",
                "The talks opened in Calcutta on Monday. Officials in Kolkata said so.", null, "en").entities();
        assertThat(places).extracting(ArticleEntity::name).containsExactly("Kolkata");
        assertThat(places.get(0).mentions()).extracting(Mention::text).containsExactly("Calcutta", "Kolkata");
    }
}
