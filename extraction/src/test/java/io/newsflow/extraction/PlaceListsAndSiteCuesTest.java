package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Small places: unknown words listed with a town ("à Kaolack, Toumbadi et Sorekro", "de Zinder et de Koulbari"),
 * after place cues (hameau, plage, site pétrolier, evacuation of, shire, power station), and the place of a company's
 * site ("l'usine Carnelis de Saint-Orvin").
 */
class PlaceListsAndSiteCuesTest {

    @Test
    void unknownWordsListedWithATownArePlaces() {
        String text = "À Kaolack, Toumbadi et Sorekro, les quais sont restés fermés. Des renforts sont partis de Zinder "
                + "et de Koulbari.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Kaolack", "Toumbadi", "Sorekro",
                "Zinder", "Koulbari");
        assertThat(names("Repairs at Bulawayo and Tulekwa were ahead of schedule.", "en", EntityType.LOC))
                .containsExactlyInAnyOrder("Bulawayo", "Tulekwa");
    }

    @Test
    void aPersonAfterATownAndACommaStaysAPerson() {
        String text = "Le maire de Kaolack, Julie Dufresne, a ouvert un centre.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactly("Julie Dufresne");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactly("Kaolack");
    }

    @Test
    void frenchCuesOfSmallPlaces() {
        String text = "Les habitants du hameau de Brévonnaz ont été évacués. Le convoi allait vers le site pétrolier "
                + "d'Oramdi. La plage de Tavouna est souillée.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Brévonnaz", "Oramdi", "Tavouna");
    }

    @Test
    void englishCuesOfSmallPlaces() {
        String text = "Emergency services ordered the evacuation of Tallowgate on Friday. Rain fell over the "
                + "Brindabel shire, and the utility restarted the Marovi power station.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactlyInAnyOrder("Tallowgate", "Brindabel", "Marovi");
    }

    @Test
    void aSiteNamesTheCompanyThenItsPlace() {
        String text = "La raffinerie Vexxol de Port-Aumance est bloquée. L'usine Carnelis de Saint-Orvin ferme.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Vexxol", "Carnelis");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Port-Aumance", "Saint-Orvin");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }
}
