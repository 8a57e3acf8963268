package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Bodies no person is confused with: names opened by an acronym ("CGTV Cheminots"), joined by an ampersand ("Morvan
 * & Castel"), holding a brand's inner capital or a nationality ("Obrelo InfraNova", "Consolidated Kelvish Ports");
 * lists of bodies after a plural kind ("les armateurs Vexal et Pêcheries du Sud", "Exporters Tarvel, Olmira and
 * Quentor") and after "l'asbl", "les salariés de"; "le PDG de Vexal" heads Vexal, it is no name of his.
 */
class BodyListsAcronymsAndAmpersandsTest {

    @Test
    void aNameOpenedByAnAcronymIsABody() {
        String text = "Les syndicats CGTV Cheminots et CSLT Transcor ont lancé une grève. L'armateur MSK et le "
                + "manutentionnaire PSK Gdynia ont dévié des navires.";
        assertThat(names(text, "fr", EntityType.ORG)).contains("CGTV Cheminots", "CSLT Transcor", "PSK Gdynia");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void anAmpersandJoinsOneFirm() {
        String text = "Les salariés de Morvan & Castel ont manifesté devant l'usine.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Morvan & Castel");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void innerCapitalsAndNationalitiesMakeBodies() {
        String text = "The port authority signed an agreement with Obrelo InfraNova. In Bristol, Consolidated Kelvish "
                + "Ports signed too.";
        assertThat(names(text, "en", EntityType.ORG)).contains("Obrelo InfraNova");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void eachNameAfterAPluralKindOfBodyIsABody() {
        String text = "Les repreneurs Nordavel et Aciéries Bastelle ont déposé une offre. Les armateurs Sopavel et "
                + "Pêcheries du Cap-Vert n'ont pas réagi. La société Elgavel a signé avec les groupes italiens "
                + "Sarvem et Ansolo Energia.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Nordavel", "Aciéries Bastelle",
                "Sopavel", "Pêcheries du Cap-Vert", "Elgavel", "Sarvem", "Ansolo Energia");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aPluralKindOpeningTheSentenceAndACommaList() {
        String text = "Exporters Tarvel, Olmira and Quentor said arrivals were down.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Tarvel", "Olmira", "Quentor");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void asblAndStaffCueABody() {
        String text = "Le recours de l'asbl Rhivel Environnement est rejeté. Les salariés de Lorvanex ont manifesté.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Rhivel Environnement", "Lorvanex");
    }

    @Test
    void theBodyATitleHeadsIsNoPerson() {
        String text = "La société publique Elgavel a signé. Le PDG de Elgavel a présidé la cérémonie.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Elgavel");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }
}
