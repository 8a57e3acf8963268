package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * French wire copy writes an officer's place and name without a comma ("le maire de Dakar Barthélémy Dias", "le
 * député de la Somme François Ruffin"): the place ends the title, the name after it is the holder's. "procureur de
 * la République" is one title, whose capital opens no name.
 */
class FrenchOfficersOfAPlaceTest {

    @Test
    void thePlaceAnOfficerServesEndsTheTitle() {
        String text = "Le préfet du Var Pierre Lambert a interdit les feux. Le sénateur de l'Oise Olivier Paccaud a "
                + "déposé une proposition de loi. Le maire de Dakar Barthélémy Dias a été arrêté.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactlyInAnyOrder("Pierre Lambert",
                "Olivier Paccaud", "Barthélémy Dias");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Var", "Oise", "Dakar");
    }

    @Test
    void theProsecutorOfTheRepublicIsATitle() {
        String text = "Le procureur de la République de Nanterre, Pascal Prache, a ouvert une enquête. Selon la "
                + "procureure de la République de Bobigny Fabienne Klein, deux hommes ont été interpellés.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactlyInAnyOrder("Pascal Prache",
                "Fabienne Klein");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Nanterre", "Bobigny");
    }

    @Test
    void theKindOfPlaceMayStandBetween() {
        String text = "La présidente de la région Occitanie Carole Delga a reçu les agriculteurs.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactly("Carole Delga");
        // "la région Occitanie", with no "de", is the region's council (BodyNamesThroughAbbreviationsAndRegionsTest).
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Région Occitanie");
    }
}
