package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How people named in Arabic copy are delimited and spelled in Latin letters. */
class ArabicNameSpellingTest {

    private static List<ArticleEntity> persons(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
    }

    @Test
    void maghrebNamesAreSpelledTheFrenchWay() {
        assertThat(persons("قال وزير الخارجية التونسي محمد الشابي إن المحادثات كانت مثمرة."))
                .extracting(ArticleEntity::name).containsExactly("Mohamed Chabi");
        assertThat(persons("قال وزير الداخلية الجزائري عبد الحميد جبار إن الحدود آمنة."))
                .extracting(ArticleEntity::name).containsExactly("Abdelhamid Djebar");
        assertThat(persons("قال وزير الداخلية المغربي عبد الحميد جبار إن الحدود آمنة."))
                .extracting(ArticleEntity::name).containsExactly("Abdelhamid Jebar");
    }

    @Test
    void mashriqNamesKeepTheEnglishSpelling() {
        assertThat(persons("قال وزير الخارجية الأردني محمد الشابي إن المحادثات كانت مثمرة."))
                .extracting(ArticleEntity::name).containsExactly("Mohammad al-Shabi");
    }

    @Test
    void mauritanianNameWithArticleGivenNameAndOuldIsOnePerson() {
        assertThat(persons("وصل رئيس الوزراء الموريتاني المختار ولد بلال إلى العاصمة."))
                .flatExtracting(ArticleEntity::mentions).extracting(Mention::text)
                .containsExactly("المختار ولد بلال");
    }

    @Test
    void nameEndsBeforeAWordWithPrepositionAndArticle() {
        assertThat(persons("ورحب وزير الخارجية المصري سامح حسن بالاتفاقيتين في بيان."))
                .flatExtracting(ArticleEntity::mentions).extracting(Mention::text).containsExactly("سامح حسن");
    }
}
