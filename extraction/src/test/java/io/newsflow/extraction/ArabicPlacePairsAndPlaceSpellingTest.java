package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Two villages, camps, communes or districts named after the dual of their word ("قريتي X وY", "بلديتي X وY") are
 * both places, and a noun that opens a town's name in construct names nothing alone; a place's English name keeps the
 * long a of a final ى, and the Maghreb's places opened by "أو" are written "Ou".
 */
class ArabicPlacePairsAndPlaceSpellingTest {

    @Test
    void twoVillagesAfterTheDualOfTheirWordAreBothPlaces() {
        assertThat(SharedExtractor.mentions("وقالت السلطات إن 12 قرية في بلديتي سيدي عامر وتاخمارت تعاني من العطش.",
                "ar", EntityType.LOC)).contains("سيدي عامر", "تاخمارت");
    }

    @Test
    void aConstructHeadAloneAfterThePlaceWordIsNoPlace() {
        assertThat(SharedExtractor.mentions("حلقت طائرات فوق قريتي بيت جن صباح أمس.", "ar", EntityType.LOC))
                .doesNotContain("بيت");
    }

    @Test
    void aFinalAlefMaqsuraIsALongA() {
        assertThat(SharedExtractor.names("اعتقلت قوات الأمن 5 مطلوبين في بلدة كفرسوسى بريف المدينة.", "ar",
                EntityType.LOC)).anyMatch(n -> n.endsWith("a") && !n.endsWith("i"));
    }

    @Test
    void aMaghrebPlaceOpenedByOuIsWrittenOu() {
        assertThat(SharedExtractor.names("زار وزير الداخلية بلدة أولاد عياد بإقليم الفقيه بن صالح وسط المغرب.", "ar",
                EntityType.LOC)).anyMatch(n -> n.startsWith("Ou"));
    }
}
