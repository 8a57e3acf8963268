package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** A word the base does not hold that is a town's name somewhere (towns.txt) is a place after a weaker place cue. */
class TownGuesserTest {

    @Test
    void aTownAfterFromIsAPlace() {
        assertThat(SharedExtractor.names("Police stopped a bus that had arrived from Tiruppur on Monday.", "en",
                EntityType.LOC)).containsExactly("Tiruppur");
    }

    @Test
    void aTownAfterFrenchDeOrDepuisIsAPlace() {
        assertThat(SharedExtractor.names("Les syndicats défendent la maternité de Pontarlier.", "fr",
                EntityType.LOC)).containsExactly("Pontarlier");
        assertThat(SharedExtractor.names("Le ferry relie l'île depuis Lannion.", "fr", EntityType.LOC))
                .containsExactly("Lannion");
    }

    @Test
    void aTownDescribedByAnAppositionIsAPlace() {
        assertThat(SharedExtractor.names("Voters backed Hazebrouck, a market town, on Friday.", "en",
                EntityType.LOC)).containsExactly("Hazebrouck");
    }

    @Test
    void aWordNoTownBearsStaysUnguessed() {
        assertThat(SharedExtractor.names("The plan drew criticism from Brixtonworth on Monday.", "en",
                EntityType.LOC)).isEmpty();
    }
}
