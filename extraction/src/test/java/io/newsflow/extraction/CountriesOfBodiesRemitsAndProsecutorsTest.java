package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25's bodies whose names run past a capitalised run, with names no eval or held-out set holds: a body "of"
 * a trade that ends "in" a country, a borough's council, a town's prosecutor's office in lower case, and a French
 * body's remit after "pour" closed by punctuation; a town hall in front of which people gather is a building.
 */
class CountriesOfBodiesRemitsAndProsecutorsTest {

    @Test
    void aBodyOfATradeEndsWithTheCountryItIsIn() {
        assertThat(names("The Federation of Shipowners in Portugal said costs rose.", "en", EntityType.ORG))
                .containsExactly("Federation of Shipowners in Portugal");
        String ministry = "The Ministry of Health in Uganda said cases fell.";
        assertThat(names(ministry, "en", EntityType.LOC)).containsExactly("Uganda");
    }

    @Test
    void aBoroughIsItsCouncil() {
        assertThat(names("The governor met leaders of the Kettle Ridge Borough on Monday.", "en", EntityType.ORG))
                .containsExactly("Kettle Ridge Borough");
    }

    @Test
    void aTownsProsecutorsOfficeInLowerCaseIsABody() {
        assertThat(mentions("Police held eleven people, the Ghent prosecutor's office said.", "en", EntityType.ORG))
                .containsExactly("Ghent prosecutor's office");
    }

    @Test
    void aFrenchBodysRemitAfterPourEndsAtPunctuation() {
        assertThat(mentions("Le ministre a reçu le président du Fonds Velmar pour la pêche artisanale, à Dakar.", "fr",
                EntityType.ORG)).containsExactly("Fonds Velmar pour la pêche artisanale");
        assertThat(mentions("La Banque Velmar pour financer des routes a prêté de l'argent.", "fr", EntityType.ORG))
                .containsExactly("Banque Velmar");
    }

    @Test
    void theTownHallPeopleGatherInFrontOfIsABuildingInTheTown() {
        String text = "Des salariés ont manifesté jeudi devant la mairie de Lille.";
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
        assertThat(names(text, "fr", EntityType.LOC)).containsExactly("Lille");
        assertThat(mentions("La mairie de Lille a annoncé un plan.", "fr", EntityType.ORG))
                .containsExactly("mairie de Lille");
    }
}
