package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (h/enfr10), with invented names no eval or held-out set holds: the place cues of {@code place-words.tsv}
 * for a rural commune, a market town and a ski resort (French) and for a territory or a neighbourhood (English).
 */
class RuralCommunesAndTerritoriesTest {

    @Test
    void aFrenchRuralCommuneOrMarketTownIsAPlace() {
        assertThat(names("Des inondations ont touché la commune rurale de Tessoukara Beno.", "fr", EntityType.LOC))
                .containsExactly("Tessoukara Beno");
        assertThat(names("Le bourg de Varlemonde attire des touristes.", "fr", EntityType.LOC))
                .containsExactly("Varlemonde");
    }

    @Test
    void anEnglishTerritoryOrNeighbourhoodIsAPlace() {
        assertThat(names("The army entered the Varlemba territory on Friday.", "en", EntityType.LOC))
                .containsExactly("Varlemba");
        assertThat(names("Shops closed in the Kessouba neighbourhood.", "en", EntityType.LOC))
                .containsExactly("Kessouba");
    }
}
