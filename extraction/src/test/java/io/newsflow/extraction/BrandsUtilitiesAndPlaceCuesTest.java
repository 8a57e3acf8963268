package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Companies named with a place ("Air Moldova", "Velmora Canada") or a utility's word ("Quelmar Power", "Trondal
 * Hydro"), two bodies joined by "and", no person where the run holds "of" ("Residents of Viljandi"), and places
 * after cues no gazetteer needs ("the Ostravin Highway", "the Brezno mine", "au marché de Kessane").
 */
class BrandsUtilitiesAndPlaceCuesTest {

    @Test
    void anAirlineOrABranchNamedWithAPlaceIsACompany() {
        assertThat(names("Air Moldova cancelled flights, and Velmora Canada warned of delays.", "en",
                EntityType.ORG)).containsExactlyInAnyOrder("Air Moldova", "Velmora Canada");
    }

    @Test
    void utilitiesJoinedByAndAreTwoCompanies() {
        assertThat(names("Quelmar Power and Trondal Hydro cut supplies on Monday.", "en", EntityType.ORG))
                .containsExactlyInAnyOrder("Quelmar Power", "Trondal Hydro");
    }

    @Test
    void aRunHoldingOfIsNoPerson() {
        assertThat(names("Residents of Viljandi held a vigil on Sunday.", "en", EntityType.PERSON)).isEmpty();
        assertThat(names("Residents of Viljandi held a vigil on Sunday.", "en", EntityType.LOC))
                .containsExactly("Viljandi");
    }

    @Test
    void highwaysMinesMarketsAndStationsArePlaces() {
        assertThat(names("Floods cut the Ostravin Highway near the Brezno mine.", "en", EntityType.LOC))
                .containsExactlyInAnyOrder("Ostravin Highway", "Brezno");
        assertThat(names("Des commerçants du marché de Kessane ont manifesté près de la gare de Brezno.", "fr",
                EntityType.LOC)).containsExactlyInAnyOrder("Kessane", "Brezno");
    }
}
