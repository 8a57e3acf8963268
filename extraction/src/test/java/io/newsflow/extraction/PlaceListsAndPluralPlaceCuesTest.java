package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Lists of small places of any length: after a known town ("à Namur, Orvelle, Gembrac et Jussy-sur-Lore"), with a
 * "de" before each member, closed by "and" after a comma, or after a plural place cue ("les villes de …", "des
 * régions du … et du …"); people's two-word names after a town stay people.
 */
class PlaceListsAndPluralPlaceCuesTest {

    @Test
    void everyWordOfAListWithATownIsAPlace() {
        String text = "Les gares de Namur, Orvelle, Gembrac et Jussy-sur-Lore sont fermées.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Namur", "Orvelle", "Gembrac",
                "Jussy-sur-Lore");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void membersWrittenWithDeAndAKnownTownLast() {
        String text = "Les commerçants venus de Brivanou, de Kessaro, de Tialé et d'Abidjan ont tout perdu.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Brivanou", "Kessaro", "Tialé",
                "Abidjan");
    }

    @Test
    void aPluralPlaceCueNamesAListOfUnknownWords() {
        String text = "Les villes de Bressonne, Valcourt-Est et Marigny-Haut sont touchées. Les producteurs des "
                + "régions du Tavéro et du Koundal sont inquiets.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Bressonne", "Valcourt-Est",
                "Marigny-Haut", "Tavéro", "Koundal");
    }

    @Test
    void anEnglishListWithASerialComma() {
        String text = "Output at Kitwe, Marangwe, Tolani, and Chesumba was not affected.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactlyInAnyOrder("Kitwe", "Marangwe", "Tolani",
                "Chesumba");
    }

    @Test
    void twoWordNamesInAListAreNoPlaces() {
        String text = "À Namur, Julie Vandorme, Marc Telliez et Anne Broussard ont signé.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactlyInAnyOrder("Julie Vandorme", "Marc Telliez",
                "Anne Broussard");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactly("Namur");
    }
}
