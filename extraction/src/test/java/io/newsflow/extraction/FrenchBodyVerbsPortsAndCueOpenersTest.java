package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A French body's name ends before a verb that looks like an adjective ("table", "appelle"); "-ile" adjectives
 * continue it ("automobile"); port authorities ("Port autonome de …", "Grand Port maritime de …") are bodies; two
 * countries joined by a hyphen are no body; a place cue opening a sentence is no part of the place's name; a
 * "Département" heads a body ("Département fédéral des affaires étrangères"), and so does a kind of body before a
 * hyphen in one word ("Hydro-Vexal").
 */
class FrenchBodyVerbsPortsAndCueOpenersTest {

    @Test
    void aVerbAfterABodyEndsItsName() {
        String text = "La Banque nationale de Varnie table sur une croissance de 1 %. Le Conseil national de la "
                + "transition appelle au calme. La Société de l'assurance automobile de Marnie a publié un rapport.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Banque nationale de Varnie",
                "Conseil national de la transition", "Société de l'assurance automobile de Marnie");
    }

    @Test
    void aDepartmentAndAHyphenatedKindOfBodyHeadBodies() {
        String text = "Le Département fédéral des affaires culturelles a salué l'accord. Selon Hydro-Vexal, la demande "
                + "augmente.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                "Département fédéral des affaires culturelles", "Hydro-Vexal");
    }

    @Test
    void portAuthoritiesAreBodies() {
        String text = "Les dockers ont bloqué le Grand Port maritime de Valdrac jeudi, et le Port autonome de Lorvale "
                + "a signé un accord.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Grand Port maritime de Valdrac",
                "Port autonome de Lorvale");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }

    @Test
    void twoCountriesJoinedByAHyphenAreNoBody() {
        assertThat(names("Le sommet Gabon-Cameroun s'est tenu à Libreville.", "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void aPlaceCueOpeningASentenceIsNoPartOfThePlace() {
        assertThat(names("Residents of Tarnwick Bay gathered at the pier.", "en", EntityType.LOC))
                .containsExactly("Tarnwick Bay");
    }
}
