package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (h/enfr8), with invented names no eval or held-out set holds: a headline shortens a body's name to its
 * opening words, so the short name joins the body the story names in full; in French, a prefect, a river's banks or
 * mouth and a valley's resorts make the name after "de la" or "du" a place.
 */
class HeadlineShortBodiesAndPlacesOfPrefectsTest {

    private static List<ArticleEntity> bodies(String title, String body) {
        return SharedExtractor.INSTANCE.extract(title, body, SharedExtractor.PUBLISHED, "en").entities().stream()
                .filter(e -> e.type() == EntityType.ORG).toList();
    }

    @Test
    void aHeadlineShortNameJoinsTheBodyNamedInFull() {
        List<ArticleEntity> found = bodies("Minister meets Vantor Steel in Cardiff",
                "The minister met executives of Vantor Steel Europe in Cardiff on Tuesday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).name()).isEqualTo("Vantor Steel Europe");
        assertThat(found.get(0).mentions()).extracting(Mention::text)
                .containsExactly("Vantor Steel", "Vantor Steel Europe");
    }

    @Test
    void aHeadlineShortNameTheStoryAlsoWritesAloneStaysItsOwnBody() {
        List<ArticleEntity> found = bodies("Vantor Steel sells its plant",
                "Vantor Steel said on Monday it would sell Vantor Steel Europe to a rival.");
        assertThat(found).extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Vantor Steel", "Vantor Steel Europe");
    }

    @Test
    void aPrefectOrARiversBanksMakeTheNameAfterThemAPlace() {
        assertThat(names("Le préfet de la Korvane a rencontré les éleveurs de coton.", "fr", EntityType.LOC))
                .containsExactly("Korvane");
        assertThat(names("Les crues ont abîmé les berges du Lournet.", "fr", EntityType.LOC))
                .containsExactly("Lournet");
        assertThat(names("Des navettes relieront la gare aux stations de la Vallarine.", "fr", EntityType.LOC))
                .containsExactly("Vallarine");
    }
}
