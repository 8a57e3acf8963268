package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * French bodies of a town or a country that were lost or misread: "l'université de X", "le parquet de X" with a town
 * the base does not know, "la Ville de X" signing as a body, national Red Cross societies, nationality and
 * "agricole" adjectives inside a body's name; and the places after "maire de", "bourgmestre de", "gouvernorat de",
 * "autour de"; "M." before a name is a title, not an initial.
 */
class FrenchLocalBodiesAndRedCrossSocietiesTest {

    @Test
    void universitiesOfATownAreBodies() {
        String text = "La Ville de Vorand a signé mardi avec l'université de Corvalle une convention. L'université "
                + "des sciences et techniques de Korvessa a aussi signé.";
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Ville de Vorand",
                "université de Corvalle", "université des sciences et techniques de Korvessa");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void theProsecutorOfAnUnknownTownIsABody() {
        String text = "Les gendarmes ont interpellé dimanche trois hommes, selon le parquet de Mourvillac.";
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactly("parquet de Mourvillac");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }

    @Test
    void aHospitalOfATownIsNoBody() {
        String text = "Les blessés ont été transportés à l'hôpital de Mourvillac.";
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void nationalRedCrossSocietiesAreNamedByTheirCountry() {
        String text = "La Croix-Rouge centrafricaine a distribué dimanche des vivres. Le Croissant-Rouge tchadien a suivi.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Central African Red Cross Society",
                "Chadian Red Crescent");
    }

    @Test
    void nationalityAndAgriculturalAdjectivesStayInsideTheName() {
        String text = "La Société béninoise des fibres textiles a signé avec la Banque agricole du Vorand une "
                + "convention de 15 milliards de francs CFA.";
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                "Société béninoise des fibres textiles", "Banque agricole du Vorand");
    }

    @Test
    void placesAfterLocalOfficesAndAround() {
        String text = "Le bourgmestre de Lindach, Marc Oberlé, a exigé lundi des bus. Les douaniers ont interpellé "
                + "cinq personnes dans le gouvernorat de Tamerzi. La banque financera des coopératives autour de "
                + "Tenkora.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Lindach", "Tamerzi", "Tenkora");
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactly("Marc Oberlé");
    }

    @Test
    void theTitleMIsNoInitialOfTheName() {
        String text = "« Nous attendons », a déclaré M. Yamoussa Tiegbo à l'issue de la rencontre.\nM. Yamoussa Tiegbo "
                + "est attendu vendredi pour inaugurer un marché.";
        assertThat(mentions(text, "fr", EntityType.PERSON)).containsExactly("Yamoussa Tiegbo", "Yamoussa Tiegbo");
    }
}
