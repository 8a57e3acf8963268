package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * English words that make a place only before a name ("travel to", "nearby"), so that a person's name before them
 * stays a person; "Reservoir" heads a place, "Patrol" and "Cabinet" a body; a French place cue names the words
 * before a known place ("la région de l'Ouvrenord du Cameroun").
 */
class LatinPlaceAndPatrolWordsTest {

    @Test
    void aTravelVerbOrNearbyBeforeANameMakesAPlace() {
        assertThat(names("The minister will travel to Drevkavik on Thursday for talks on the mine.", "en",
                EntityType.LOC)).containsExactly("Drevkavik");
        assertThat(names("Cables were cut at the construction site of the steel plant in nearby Halmstrup.", "en",
                EntityType.LOC)).containsExactly("Halmstrup");
    }

    @Test
    void aPersonBeforeATravelVerbStaysAPerson() {
        assertThat(names("Anna Velkora flew to Paris on Monday for talks with the minister.", "en",
                EntityType.PERSON)).containsExactly("Anna Velkora");
    }

    @Test
    void reservoirHeadsAPlaceAndPatrolOrCabinetABody() {
        assertThat(names("Water levels in the Tarnby Reservoir fell to a record low this summer.", "en",
                EntityType.LOC)).containsExactly("Tarnby Reservoir");
        assertThat(names("The Tarnby County Patrol closed the highway on Monday.", "en", EntityType.ORG))
                .containsExactly("Tarnby County Patrol");
        assertThat(names("Cabinet Secretary Jane Morrow said the Cabinet Office would review the plan.", "en",
                EntityType.ORG)).containsExactly("Cabinet Office");
    }

    @Test
    void aPlaceCueNamesTheWordsBeforeAKnownPlace() {
        assertThat(names("Des hommes armés ont attaqué un village dans la région de l'Ouvrenord du Cameroun.", "fr",
                EntityType.LOC)).containsExactly("Ouvrenord", "Cameroon");
    }
}
