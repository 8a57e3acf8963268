package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (h/enfr13), with invented names no eval or held-out set holds: a known ministry or chamber whose
 * complement runs on through "and" keeps the tail in its name; a country's name that is also a given name, before an
 * unknown surname, opens a person's name.
 */
class KnownBodiesThroughAndAndCountryGivenNamesTest {

    @Test
    void knownMinistryRunsOnThroughAndInItsPortfolio() {
        assertThat(names("The Ministry of Foreign Affairs and Velmoran Cooperation summoned an envoy on Monday.", "en",
                EntityType.ORG)).containsExactly("Ministry of Foreign Affairs and Velmoran Cooperation");
        assertThat(names("The Tarvel Chamber of Commerce and Industry warned on Monday that exporters were losing money.",
                "en", EntityType.ORG)).containsExactly("Tarvel Chamber of Commerce and Industry");
    }

    @Test
    void aTitleAfterAndIsNotPartOfTheBody() {
        assertThat(names("The Ministry of Foreign Affairs and Interior Minister Quentor Olmira met on Monday.", "en",
                EntityType.ORG)).doesNotContain("Ministry of Foreign Affairs and Interior");
    }

    @Test
    void countryNameThatIsAGivenNameOpensAPerson() {
        assertThat(names("Maurice Tessolvar, a spokesman for the coast guard, said two boats had been seized.", "en",
                EntityType.PERSON)).containsExactly("Maurice Tessolvar");
    }
}
