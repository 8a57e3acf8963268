package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Latin names that run across an abbreviation, a capitalised "New" or "Police", "of the" before a kind of body,
 * or an "and" in a union's, a department's or a council's name; kinds of body and place named by their last word ("Trust", "Inlet", "Air",
 * "Sdn Bhd", "Creek"), after a title ("King Island") or what a firm makes ("le fabricant de batteries Vextor"); a
 * council after an office; the story's town is no surname; French regions' councils ("la région
 * Bretagne") and areas named by a direction ("la région de l'Est").
 */
class BodyNamesThroughAbbreviationsAndRegionsTest {

    @Test
    void theFullStopsOfAKnownAbbreviationOrOfStAreInsideTheName() {
        assertThat(names("The minister said on Monday that the U.S. Harbour Corps of Surveyors will dredge the bay.",
                "en", EntityType.ORG)).containsExactly("U.S. Harbour Corps of Surveyors");
        assertThat(names("The minister will open a new library at St. Aldric Moreton University next week.", "en",
                EntityType.ORG)).containsExactly("St. Aldric Moreton University");
    }

    @Test
    void aBodysNameRunsOnThroughOfTheWhenItEndsWithAKindOfBody() {
        assertThat(names("The opposition Voice of the Farmers Party criticised the state government on Monday.", "en",
                EntityType.ORG)).containsExactly("Voice of the Farmers Party");
    }

    @Test
    void aCapitalisedNewOpensTheName() {
        assertThat(names("The opposition New Harmony Party criticised the budget on Monday.", "en", EntityType.ORG))
                .containsExactly("New Harmony Party");
        assertThat(names("Police arrested two men in New Tarrowby on Friday, the minister said.", "en",
                EntityType.LOC)).containsExactly("New Tarrowby");
    }

    @Test
    void aKindOfBodyOpensTheNameThoughItOpensTheSentence() {
        assertThat(names("Police Service of Vestmark officers arrested two men on Friday.", "en", EntityType.ORG))
                .containsExactly("Police Service of Vestmark");
        assertThat(names("Police Chief Tom Lunde said the road was closed.", "en", EntityType.PERSON))
                .containsExactly("Tom Lunde");
    }

    @Test
    void aUnionsOrADepartmentsComplementRunsOnThroughAnd() {
        assertThat(names("The Norland Union of Textile and Garment Workers threatened a strike on Monday.", "en",
                EntityType.ORG)).containsExactly("Norland Union of Textile and Garment Workers");
        assertThat(names("Fishers said the Vestland Department of Fisheries and Aquaculture should pay them.", "en",
                EntityType.ORG)).containsExactly("Vestland Department of Fisheries and Aquaculture");
    }

    @Test
    void trustsPartnershipsAirlinesInletsAndWharvesAreNoPersons() {
        assertThat(names("The minister said the Dorrow Valley Health Trust and the Kessel Bay Partnership would pay.",
                "en", EntityType.ORG)).containsExactly("Dorrow Valley Health Trust", "Kessel Bay Partnership");
        assertThat(names("The minister said flights of Tarvel Air to the coast resumed on Monday.", "en",
                EntityType.ORG)).containsExactly("Tarvel Air");
        assertThat(names("The minister said a tanker ran aground in Brannock Inlet near Corran Wharf.", "en",
                EntityType.LOC)).containsExactly("Brannock Inlet", "Corran Wharf");
        assertThat(names("The Vestby Air and Sea Ports Authority closed the harbour on Monday.", "en",
                EntityType.ORG)).containsExactly("Vestby Air and Sea Ports Authority");
    }

    @Test
    void aCouncilNamedByTwoKnownPlacesIsOneBody() {
        assertThat(names("The minister met officials of Armagh and Lisburn City Council in the town.", "en",
                EntityType.ORG)).containsExactly("Armagh and Lisburn City Council");
    }

    @Test
    void aPlacesCouncilAfterAnOfficeIsNoPerson() {
        assertThat(names("The chairman of the Kandy District Council met the mine's managers on Monday.", "en",
                EntityType.ORG)).containsExactly("Kandy District Council");
    }

    @Test
    void malaysianAndIndianCompanySuffixesMakeACompany() {
        assertThat(names("The minister said Tarvel Power Sdn Bhd and Kessan Foods Pvt would pay.", "en",
                EntityType.ORG)).containsExactly("Tarvel Power Sdn Bhd", "Kessan Foods Pvt");
    }

    @Test
    void theStorysTownEndingARunIsNoSurname() {
        assertThat(names("MOMBASA, May 3 (Newsflow) - The president met governors at Lodge Mombasa on Tuesday. "
                + "Traders in Mombasa said prices rose.", "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aFirmNamedAfterWhatItMakesOrItsKindIsABody() {
        assertThat(names("Le gouvernement a signé lundi des contrats avec le fabricant de batteries Vextor, a dit "
                + "le ministre.", "fr", EntityType.ORG)).containsExactly("Vextor");
        assertThat(names("Le ministre a rencontré lundi les responsables de la brasserie Kalirwa dans la ville.", "fr",
                EntityType.ORG)).containsExactly("Kalirwa");
    }

    @Test
    void aColourAdjectiveStaysInAPartysName() {
        assertThat(names("Le Parti démocratique vert du Kessan a critiqué lundi le projet de loi.", "fr",
                EntityType.ORG)).containsExactly("Parti démocratique vert du Kessan");
    }

    @Test
    void aPlaceHeadAfterATitleMakesAPlace() {
        assertThat(names("The premier is due to visit King Island on Friday and Corran Creek on Monday.", "en",
                EntityType.LOC)).containsExactly("King Island", "Corran Creek");
    }

    @Test
    void shipyardsAndUniversitiesNamedAfterPlacesAreBodies() {
        assertThat(names("Les salariés des Chantiers de la Manche ont fait grève lundi, a indiqué le syndicat.", "fr",
                EntityType.ORG)).containsExactly("Chantiers de la Manche");
        assertThat(names("Le ministre a visité lundi l'université Grenoble Alpes avec les étudiants.", "fr",
                EntityType.ORG)).containsExactly("université Grenoble Alpes");
    }

    @Test
    void regionBeforeARegionsNameIsItsCouncil() {
        assertThat(names("La présidente de la région Bretagne a signé lundi un accord sur les ports.", "fr",
                EntityType.ORG)).containsExactly("Région Bretagne");
        assertThat(mentions("Les pêcheurs vivent en région Bretagne depuis des siècles, dit le maire.", "fr",
                EntityType.ORG)).isEmpty();
    }

    @Test
    void anAreaNamedByADirectionIsNamedWithItsNoun() {
        assertThat(mentions("Des pluies ont frappé lundi la région de l'Est et la province du Nord-Ouest.", "fr",
                EntityType.LOC)).containsExactly("région de l'Est", "province du Nord-Ouest");
    }
}
