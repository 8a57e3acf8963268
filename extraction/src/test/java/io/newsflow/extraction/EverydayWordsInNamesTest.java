package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Capitalised words that end with an everyday English word and hold no listed personal name name no person; a place
 * whose one-word name is an everyday English word ("Arctic fisheries pact", "Reading scores") is one only where the
 * story marks it as a place once.
 */
class EverydayWordsInNamesTest {

    @Test
    void capitalisedEverydayWordsWithNoPersonalNameAreNoPerson() {
        String text = "Chiefs of northern First Nations met executives of Adani Ports and Special Economic Zone. "
                + "Obby Khan and Sandy Morrow also attended.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Obby Khan", "Sandy Morrow");
    }

    @Test
    void aSeaNamedOnlyAsAQualifierIsNoPlace() {
        String text = "Grain will move faster to the Baltic port of Gdansk, and Norway signed an Arctic fisheries pact.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Gdansk", "Norway");
    }

    @Test
    void aSeaNamedOnceAsANounCounts() {
        String text = "Denmark pledged Arctic patrol ships on Tuesday to protect security in the Arctic.";
        assertThat(names(text, "en", EntityType.LOC)).contains("Arctic");
    }

    @Test
    void aTownNamedByAnEverydayWordNeedsAPlaceCueInTheStory() {
        String text = "Officials said Reading scores rose in state schools this year.";
        assertThat(names(text, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void aTownNamedOnceAfterAPrepositionCountsWhereItQualifiesANoun() {
        String text = "Police said the Nice attack was planned for weeks. Hundreds marched in Nice on Sunday.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Nice");
    }
}
