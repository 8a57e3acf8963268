package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * After a preposition of place, a word no list holds joined by و to a place the extractor knows ("بين X وY") is a
 * place too, unless it is an everyday word.
 */
class ArabicPlacePairedWithAKnownPlaceTest {

    @Test
    void anUnknownWordJoinedToAKnownTownAfterBetweenIsAPlace() {
        assertThat(SharedExtractor.mentions("قطع محتجون الطريق بين صفاقس والعامرة أمس.", "ar", EntityType.LOC))
                .contains("صفاقس", "العامرة");
    }

    @Test
    void anEverydayNounJoinedToAKnownTownIsNoPlace() {
        assertThat(SharedExtractor.mentions("التقى الوزير في صفاقس والمسؤولين المحليين.", "ar", EntityType.LOC))
                .containsExactly("صفاقس");
    }
}
