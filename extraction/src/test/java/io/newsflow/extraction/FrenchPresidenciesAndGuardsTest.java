package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A presidency and the guards a country has one of, described in lower case with a nationality, are bodies named in
 * English through the French glossary ("la présidence gabonaise", Gabonese Presidency).
 */
class FrenchPresidenciesAndGuardsTest {

    @Test
    void aPresidencyOrAGuardWithANationalityIsABody() {
        assertThat(names("Selon la présidence gabonaise, la garde présidentielle tchadienne a été déployée.", "fr",
                EntityType.ORG)).containsExactlyInAnyOrder("Gabonese Presidency", "Chadian Presidential Guard");
    }
}
