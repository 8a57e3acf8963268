package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Capitalised words that end with an everyday English word and hold no listed personal name name no person; a sea or
 * region whose one-word name only qualifies a noun ("Arctic fisheries pact") names no place.
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
}
