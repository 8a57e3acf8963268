package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (h/enfr11), with invented names no eval or held-out set holds: "General" before a kind of body and
 * "for the" after one stay in the body's name; the francophone portfolios name a ministry with its country's
 * adjective; Spanish place openers ("Playa", "Punta") make a place; "airport", "dams", "Fjord", "monts" and "atoll de"
 * mark the name beside them as a place.
 */
class BodySpansPortfoliosAndPlaceCuesTest {

    @Test
    void generalBeforeAKindOfBodyOpensItsName() {
        assertThat(names("The General Federation of Tarvel Trade Unions said it would join a general strike on Monday.",
                "en", EntityType.ORG)).containsExactly("General Federation of Tarvel Trade Unions");
    }

    @Test
    void aTitleAfterTheKindOfBodyKeepsTheWholeTitle() {
        assertThat(names("Deputy Senate President Olmar Tessuba criticised the deal on Monday.", "en", EntityType.ORG))
                .isEmpty();
        assertThat(names("Deputy Senate President Olmar Tessuba criticised the deal on Monday.", "en",
                EntityType.PERSON)).containsExactly("Olmar Tessuba");
    }

    @Test
    void forTheAfterAKindOfBodyJoinsItsRemit() {
        assertThat(names("The Commission for the Protection of Tarvel Rivers dropped the case on Monday.", "en",
                EntityType.ORG)).containsExactly("Commission for the Protection of Tarvel Rivers");
    }

    @Test
    void francophonePortfoliosNameTheMinistry() {
        assertThat(names("Le ministère équato-guinéen des Mines et des Hydrocarbures a assuré lundi que la production "
                + "continuait.", "fr", EntityType.ORG))
                .containsExactly("Ministry of Mines and Hydrocarbons (Equatorial Guinea)");
    }

    @Test
    void spanishPlaceOpenersMakeAPlaceNotAPerson() {
        assertThat(names("Police said the boat left Playa Tarvela on Monday and reached Bahía Olmira on Tuesday.", "en",
                EntityType.LOC)).containsExactly("Playa Tarvela", "Bahía Olmira");
        assertThat(names("Marta Punta said on Monday that the strike would go on.", "en", EntityType.PERSON))
                .containsExactly("Marta Punta");
    }

    @Test
    void airportsDamsFjordsRangesAndAtollsMarkPlaces() {
        assertThat(names("Air Kessel cancelled flights to Velmora airport on Monday, the company said.", "en",
                EntityType.LOC)).containsExactly("Velmora");
        assertThat(names("The navy said it would send a frigate to the Tessel Fjord on Monday.", "en",
                EntityType.LOC)).containsExactly("Tessel Fjord");
        assertThat(names("Les soldats ont riposté lundi dans les monts Tarvel, selon l'armée.", "fr",
                EntityType.LOC)).containsExactly("Tarvel");
        assertThat(names("La fondation a signalé lundi un échouage sur l'atoll de Morvaki, selon la préfecture.", "fr",
                EntityType.LOC)).containsExactly("Morvaki");
    }
}
