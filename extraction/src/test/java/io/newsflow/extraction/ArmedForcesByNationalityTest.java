package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a country's armed forces written in lower case after a nationality ("the Malian armed forces") or
 * before one in the French plural ("les forces armées maliennes") are the country's forces, as its army is.
 */
class ArmedForcesByNationalityTest {

    @Test
    void englishArmedForcesAfterANationalityAreTheCountrysForces() {
        assertThat(names("The Malian armed forces said they had retaken the town.", "en", EntityType.ORG))
                .containsExactly("Malian Armed Forces");
    }

    @Test
    void frenchArmedForcesBeforeAPluralNationalityAreTheCountrysForces() {
        assertThat(names("Les forces armées maliennes ont repris la ville.", "fr", EntityType.ORG))
                .containsExactly("Malian Armed Forces");
        assertThat(names("Les forces de sécurité ont tiré.", "fr", EntityType.ORG)).isEmpty();
    }
}
