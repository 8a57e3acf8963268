package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A word joined by a hyphen to a country's name names a national body or a brand ("Météo-France", "Radio-Canada");
 * place prefixes ("Nord-Kivu") keep their places.
 */
class HyphenatedCountryBodiesTest {

    @Test
    void aWordHyphenedToACountryIsABody() {
        String text = "Selon Météo-France, la tempête arrive; Radio-Canada a confirmé depuis le Nord-Kivu.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Météo-France", "Radio-Canada");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactly("North Kivu");
    }
}
