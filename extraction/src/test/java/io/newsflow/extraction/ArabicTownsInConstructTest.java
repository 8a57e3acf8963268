package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A town whose name opens with a noun in construct ("بئر", "حوش", "باب", "سوق") takes the word with the article that
 * the noun governs; the head alone is no place.
 */
class ArabicTownsInConstructTest {

    @Test
    void aWellsTownTakesItsSecondWord() {
        String text = "أوقفت مصالح الأمن شخصين ببلدية بئر الذهب بحوزتهما كمية من المخدرات.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.LOC)).containsExactly("بئر الذهب");
    }

    @Test
    void aYardsTownTakesItsSecondWord() {
        String text = "أوقفت مصالح الأمن شخصين ببلدية حوش النعمة بحوزتهما كمية من المخدرات.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.LOC)).containsExactly("حوش النعمة");
    }
}
