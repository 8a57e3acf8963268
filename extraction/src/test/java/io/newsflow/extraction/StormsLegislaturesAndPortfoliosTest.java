package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Storms are not annotated ("Typhoon Kalani"); a legislature named by its kind alone is a body, not a place ("near
 * Parliament"); a department's or bureau's complement runs on through one "and" ("Department of Social
 * Welfare and Development", "Bureau of Safety and Environmental Enforcement"), a commission's or council's through
 * "on" ("Commission on Human Rights"); "Air" anywhere in a name with a place makes an airline ("Royal Air Moldova").
 */
class StormsLegislaturesAndPortfoliosTest {

    @Test
    void stormsAreNoPersons() {
        assertThat(names("Typhoon Kalani killed 20 people in the central islands.", "en", EntityType.PERSON))
                .isEmpty();
    }

    @Test
    void aLegislatureNamedAloneIsABody() {
        String text = "Police detained 12 people near Parliament on Thursday.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Parliament");
        assertThat(names(text, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void aDepartmentsComplementRunsThroughAnd() {
        assertThat(names("The Department of Social Welfare and Development sent food packs.", "en", EntityType.ORG))
                .containsExactly("Department of Social Welfare and Development");
        assertThat(names("Output was shut, the Bureau of Safety and Environmental Enforcement said.", "en",
                EntityType.ORG)).containsExactly("Bureau of Safety and Environmental Enforcement");
    }

    @Test
    void aCommissionsRemitAfterOnIsInItsName() {
        assertThat(names("The Valdor Commission on Human Rights urged restraint.", "en", EntityType.ORG))
                .containsExactly("Valdor Commission on Human Rights");
        assertThat(names("The Valdor Commission on Human Rights urged restraint.", "en", EntityType.PERSON))
                .isEmpty();
    }

    @Test
    void airInANameWithAPlaceMakesAnAirline() {
        assertThat(names("Royal Air Moldova will open a route next year.", "en", EntityType.ORG))
                .containsExactly("Royal Air Moldova");
    }
}
