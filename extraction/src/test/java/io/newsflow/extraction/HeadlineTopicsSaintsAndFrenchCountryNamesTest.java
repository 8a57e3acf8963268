package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (h/enfr8), with names no eval or held-out set holds: a place opening a headline before a colon is the
 * headline's topic; in a hyphenated town's name a country's name after "Saint-" is a saint's; French news names some
 * countries by a short or former name ("Macédoine", "Saint-Siège", "Swaziland").
 */
class HeadlineTopicsSaintsAndFrenchCountryNamesTest {

    @Test
    void aPlaceBeforeAColonOpeningTheHeadlineIsItsTopic() {
        List<ArticleEntity> places = SharedExtractor.INSTANCE.extract("Sardaigne : les éleveurs bloquent la route",
                "Les éleveurs ont manifesté mardi.", SharedExtractor.PUBLISHED, "fr").entities().stream()
                .filter(e -> e.type() == EntityType.LOC).toList();
        assertThat(places).extracting(ArticleEntity::name).containsExactly("Sardinia");
    }

    @Test
    void aCountrysNameAfterSaintInATownsNameIsNoBody() {
        assertThat(names("Les saisonniers ont manifesté samedi à Vaux-Saint-Maurice.", "fr", EntityType.LOC))
                .containsExactly("Vaux-Saint-Maurice");
        assertThat(names("Les saisonniers ont manifesté samedi à Vaux-Saint-Maurice.", "fr", EntityType.ORG))
                .isEmpty();
    }

    @Test
    void frenchShortNamesOfCountriesAreLinked() {
        assertThat(names("Le ministre se rendra en Macédoine puis au Saint-Siège et au Swaziland.", "fr",
                EntityType.LOC)).containsExactly("North Macedonia", "Vatican City", "Eswatini");
    }
}
