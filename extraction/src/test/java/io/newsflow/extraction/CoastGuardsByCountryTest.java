package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: English names a country's coast guard in lower case after the country's possessive or adjective
 * ("Estonia's coast guard", "the Estonian coast guard"); it is the country's body, named as the French "garde côtière
 * estonienne". Before its craft ("coast guard vessels") the phrase describes them and names no body.
 */
class CoastGuardsByCountryTest {

    @Test
    void aCountrysCoastGuardInLowerCaseIsItsBody() {
        assertThat(names("Estonia's coast guard said it had rescued six fishermen.", "en", EntityType.ORG))
                .containsExactly("Estonian Coast Guard");
        assertThat(names("The Estonian coast guard arrived an hour later.", "en", EntityType.ORG))
                .containsExactly("Estonian Coast Guard");
        assertThat(names("La garde côtière estonienne a secouru six pêcheurs.", "fr", EntityType.ORG))
                .containsExactly("Estonian Coast Guard");
    }

    @Test
    void coastGuardQualifyingItsCraftNamesNoBody() {
        assertThat(names("Estonian coast guard vessels escorted the ferry.", "en", EntityType.ORG)).isEmpty();
    }
}
