package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (h/enfr15), with invented names no eval or held-out set holds: a ministry's list of portfolios after a
 * comma stays in its name, in English and French; after a title's portfolios joined by "and", the capitalised words
 * that are no everyday word are its holder; a mined metal ends a mining company's name.
 */
class PortfolioListsAndTitleHoldersTest {

    @Test
    void ministryKeepsItsListOfPortfolios() {
        assertThat(names("The Ministry of Tourism, Fisheries and Natural Resources said on Monday that two boats had "
                + "been seized.", "en", EntityType.ORG)).containsExactly("Ministry of Tourism, Fisheries and Natural Resources");
        assertThat(names("Le ministère des Forêts, de la Chasse et de la Pêche a annoncé lundi la fermeture de la "
                + "réserve.", "fr", EntityType.ORG)).containsExactly("ministère des Forêts, de la Chasse et de la Pêche");
    }

    @Test
    void aTitleAfterTheListIsNotPartOfTheMinistry() {
        assertThat(names("The Ministry of Tourism, Fisheries and Interior Minister Quentor Olmira met on Monday.", "en",
                EntityType.ORG)).doesNotContain("Ministry of Tourism, Fisheries and Interior");
    }

    @Test
    void holderAfterATitlesPortfolios() {
        assertThat(names("Deputy Minister of Tourism, Fisheries and Natural Resources Quentor Olmira visited the port on "
                + "Monday.", "en", EntityType.PERSON)).containsExactly("Quentor Olmira");
        assertThat(names("Minister of Fisheries and Natural Resources Tessolvar Brankovic said the ban would stay.", "en",
                EntityType.PERSON)).containsExactly("Tessolvar Brankovic");
    }

    @Test
    void minedMetalEndsACompanysName() {
        assertThat(names("Tarvelo Cobalt said on Monday that it had halted the plant. The mine's owner Quendar Lithium "
                + "said output would fall.", "en", EntityType.ORG)).containsExactly("Tarvelo Cobalt", "Quendar Lithium");
    }
}
