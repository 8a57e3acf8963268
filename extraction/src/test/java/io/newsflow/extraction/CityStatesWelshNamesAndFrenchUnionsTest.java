package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "<city> State" is a state, not the city it is named after; Welsh "ap" (son of) is inside a person's name; a French
 * body's adjective in "-anne" ("Confédération paysanne") belongs to its name.
 */
class CityStatesWelshNamesAndFrenchUnionsTest {

    @Test
    void aStateNamedAfterACityIsAPlaceOfItsOwn() {
        String text = "Kano State Governor Abba Kabir Yusuf met traders in Kano on Tuesday.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Kano State", "Kano");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Abba Kabir Yusuf");
    }

    @Test
    void welshApJoinsTheNamesOfOnePerson() {
        String text = "Plaid Cymru leader Rhun ap Iorwerth said the plan had failed the valleys.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Rhun ap Iorwerth");
    }

    @Test
    void aFrenchBodysAdjectiveInAnneBelongsToItsName() {
        String text = "Selon la Confédération paysanne du Puy-de-Dôme, les éleveurs sont inquiets.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Confédération paysanne du Puy-de-Dôme");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }
}
