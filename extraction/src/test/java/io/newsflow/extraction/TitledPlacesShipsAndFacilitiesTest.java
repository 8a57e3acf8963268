package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Places and facilities that were read as people: a place before a title ("Ekiti State Governor Abdu Kiriwa
 * Danbatta", "Odisha Chief Minister …" opening a lead), a given name that is also a district ("Ibrahim Paul
 * Bekono"), Spanish saints' towns ("San Ormeo"), schools and airports named after people ("lycée Jean-Marc-Tessier",
 * "aéroport international Hugo-Varenne"), squares, road codes; ships are not annotated; "met executives of" names no
 * body; "droits de douane" are duties, not the customs service.
 */
class TitledPlacesShipsAndFacilitiesTest {

    @Test
    void aPlaceBeforeATitleIsAPlaceAndThePersonFollows() {
        String text = "Ekiti State Governor Abdu Kiriwa Danbatta met traders on Tuesday.";
        assertThat(mentions(text, "en", EntityType.LOC)).containsExactly("Ekiti State");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Abdu Kiriwa Danbatta");
    }

    @Test
    void aKnownRegionOpeningALeadBeforeATitle() {
        String text = "BHUBANESWAR, India, March 5 (Newsflow) - Odisha Chief Minister Ravindran Pallikara met "
                + "executives of the port company on Tuesday.";
        assertThat(names(text, "en", EntityType.LOC)).contains("Odisha");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Ravindran Pallikara");
        assertThat(names(text, "en", EntityType.ORG)).isEmpty();
    }

    @Test
    void aGivenNameThatIsADistrictStaysInThePersonsName() {
        String text = "Le gouverneur de la région, Ibrahim Paul Bekono, s'est rendu sur les lieux.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactly("Ibrahim Paul Bekono");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }

    @Test
    void spanishSaintsOpenPlaces() {
        String text = "The foundation will build classrooms in San Ormeo before the school year.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("San Ormeo");
        assertThat(names(text, "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void schoolsAndAirportsNamedAfterPeople() {
        String text = "Le lycée Jean-Marc-Tessier de Villeurbanne a été fermé. L'aéroport international Hugo-Varenne "
                + "du Cap-Haïtien a rouvert.";
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactly("lycée Jean-Marc-Tessier");
        assertThat(mentions(text, "fr", EntityType.LOC)).contains("aéroport international Hugo-Varenne",
                "Villeurbanne", "Cap-Haïtien");
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void squaresAndRoadCodesArePlaces() {
        String text = "La direction a reçu les élus au siège, place des Tanneurs. Deux hommes ont été arrêtés sur "
                + "l'autoroute A47. Il a parlé à la place du Premier ministre.";
        assertThat(mentions(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("place des Tanneurs", "A47");
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void shipsAreNoPeople() {
        String text = "Le chalutier Marie-Hélène Le Dantec a été mis à l'eau. The ferry MV Lorcraft Seven sank off "
                + "the coast.";
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aVerbBeforeExecutivesNamesNoBody() {
        String text = "Governor Talia Brennan met executives of the company on Monday.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Talia Brennan");
        assertThat(names(text, "en", EntityType.ORG)).isEmpty();
    }

    @Test
    void customsDutiesAreNoCustomsService() {
        String text = "Les employés sont inquiets des droits de douane américains sur l'aluminium.";
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }
}
