package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a French body described in lower case by a qualified head, its remit and its place ("le comité régional
 * de la pisciculture de Bretagne") is one body, the place inside it included; a qualified head with no place after
 * its remit names none.
 */
class FrenchBodiesWithRemitsTest {

    @Test
    void aQualifiedHeadWithItsRemitAndPlaceIsOneBody() {
        assertThat(names("Les éleveurs ont rencontré le comité départemental du tourisme de la Creuse mardi.", "fr",
                EntityType.ORG)).containsExactly("comité départemental du tourisme de la Creuse");
        assertThat(names("L'agence régionale de santé de Lozère a fermé deux services.", "fr", EntityType.ORG))
                .containsExactly("agence régionale de santé de Lozère");
    }

    @Test
    void aRemitOfBroadWordsBeforeAPluralPlaceIsOneBody() {
        assertThat(names("Le comité régional de la pisciculture et des étangs des Vosges a protesté.", "fr",
                EntityType.ORG)).containsExactly("comité régional de la pisciculture et des étangs des Vosges");
        assertThat(names("Le comité régional de la pisciculture et des étangs des Vosges a protesté.", "fr",
                EntityType.LOC)).isEmpty();
    }
}
