package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** A weekday written bare that is also a given name ("خميس", Khamis) inside a name chain does not cut the name. */
class ArabicWeekdayGivenNamesTest {

    @Test
    void aBareWeekdayBetweenAGivenNameAndAFamilyNameIsPartOfTheName() {
        assertThat(SharedExtractor.mentions("وقال مدير الميناء سلطان خميس المزروعي إن الحركة ارتفعت.", "ar",
                EntityType.PERSON)).containsExactly("سلطان خميس المزروعي");
    }

    @Test
    void theDayWithTheArticleStaysADay() {
        assertThat(SharedExtractor.ofType("واستقبل الوزير الخميس الوفد في مادبا.", "ar", EntityType.PERSON))
                .isEmpty();
    }
}
