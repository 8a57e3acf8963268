package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * English and French names no list holds, typed by the words around them: a locative opening the sentence ("In
 * Brelisko, …", "À Quenvaux, …"), "visit", a town joined by "and", a run after "at the", a direction ("north of", "au
 * nord de La …"), an elided "port d'", "border post"; bodies by their kind of business ("state power trader", "la
 * compagnie maritime", "les dirigeants de") or an apposition ("…, Finland's grid operator,"); "Premier" as an English
 * title, "Jr." with its full stop, initials ("T.W."), a surname that is also a time-zone city, apostrophes inside
 * names ("Vaheri'oa", "Pont-d'Orvelle", {@code "K&B"}), and Portuguese and Italian particles inside names ("Banco do
 * Vexal", "Joao dos Trevas").
 */
class LatinNameCuesTest {

    @Test
    void aLocativeOpeningTheSentenceMakesAPlace() {
        assertThat(names("In Brelisko, hundreds of farmers marched on Monday.", "en", EntityType.LOC))
                .containsExactly("Brelisko");
        assertThat(names("À Quenvaux, les pêcheurs ont manifesté mardi.", "fr", EntityType.LOC))
                .containsExactly("Quenvaux");
    }

    @Test
    void aVisitATownBesideItOrARunAfterAtMakesAPlace() {
        assertThat(names("The minister will visit Orvanto on Friday.", "en", EntityType.LOC))
                .containsExactly("Orvanto");
        assertThat(names("Trains between Limoges and Drevallon were cancelled.", "en", EntityType.LOC))
                .containsExactly("Limoges", "Drevallon");
        assertThat(names("The two leaders met at the Casa Verdana on Tuesday.", "en", EntityType.LOC))
                .containsExactly("Casa Verdana");
        assertThat(names("The two leaders met at the Casa Verdana on Tuesday.", "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aDirectionAnElidedPortOrABorderPostMakesAPlace() {
        assertThat(names("Un parc éolien au nord de La Vernière et le port d'Embarevo seront agrandis.", "fr",
                EntityType.LOC)).containsExactly("La Vernière", "Embarevo");
        assertThat(names("Officials reopened the Halvern border post; the camp lies north of Brelsk.", "en",
                EntityType.LOC)).containsExactly("Halvern", "Brelsk");
    }

    @Test
    void aKindOfBusinessBeforeOrAnAppositionAfterMakesABody() {
        assertThat(names("State power trader Velmora will buy the electricity.", "en", EntityType.ORG))
                .containsExactly("Velmora");
        assertThat(names("Trelbing, Finland's grid operator, said repairs would take weeks.", "en", EntityType.ORG))
                .containsExactly("Trelbing");
        assertThat(names("La compagnie maritime Brisal Linea ajoutera une rotation.", "fr", EntityType.ORG))
                .containsExactly("Brisal Linea");
        assertThat(names("Le ministre a rencontré les dirigeants de Quorvex et de Faltrane.", "fr", EntityType.ORG))
                .containsExactly("Quorvex", "Faltrane");
        assertThat(names("The clothing retailer K&B said it was monitoring the situation.", "en", EntityType.ORG))
                .containsExactly("K&B");
    }

    @Test
    void anAppositionNamingAPersonsOfficeIsNoBody() {
        assertThat(names("Halvard Brisk, head of the company, said repairs would take weeks.", "en", EntityType.ORG))
                .isEmpty();
    }

    @Test
    void premierIsATitleAndJuniorKeepsItsFullStop() {
        String body = "Premier Ansel Corrigan met the visiting delegation with Marcus Whitlow Jr. on Monday morning.";
        assertThat(names(body, "en", EntityType.PERSON))
                .containsExactly("Ansel Corrigan", "Marcus Whitlow Jr.");
    }

    @Test
    void initialsBeforeANameArePartOfIt() {
        assertThat(names("Officials said the talks with T.W. Halvorsk Brenn ended late on Monday.", "en",
                EntityType.PERSON)).containsExactly("T.W. Halvorsk Brenn");
    }

    @Test
    void aTitledPersonsSurnameThatIsAlsoATimeZoneCityStaysThePerson() {
        String body = "Prime Minister Rowena Dawson met the visiting minister. Dawson said the talks went well.";
        assertThat(names(body, "en", EntityType.PERSON)).containsExactly("Rowena Dawson");
        assertThat(names(body, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void anApostropheInsideANameDoesNotCutIt() {
        assertThat(names("À Vaheri'oa, les salariés ont entamé une grève.", "fr", EntityType.LOC))
                .containsExactly("Vaheri'oa");
        assertThat(names("Des familles ont fui vers Limoges et Pont-d'Orvelle.", "fr", EntityType.LOC))
                .containsExactly("Limoges", "Pont-d'Orvelle");
    }

    @Test
    void portugueseParticlesJoinAName() {
        String text = "On Monday, workers at Banco do Vexal met the governor, Joao dos Trevas, in the capital.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Banco do Vexal");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Joao dos Trevas");
    }
}
