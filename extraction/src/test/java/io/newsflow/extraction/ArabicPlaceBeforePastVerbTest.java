package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A past verb of the seventh form ("انخفض", "انهار") after a place is the clause's verb, not a word of the place's
 * name; a name written alike ends in a vowel or ta marbuta ("أنقرة").
 */
class ArabicPlaceBeforePastVerbTest {

    @Test
    void aRiverStopsBeforeTheVerbThatFollowsIt() {
        String text = "قال مسؤولون إن منسوب نهر كرمزان انخفض إلى أدنى مستوى منذ عقود.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.LOC)).containsExactly("نهر كرمزان");
    }

    @Test
    void aNameWrittenLikeTheVerbIsStillAPlace() {
        assertThat(SharedExtractor.mentions("وصل الوزير إلى أنقرة أمس في زيارة رسمية.", "ar", EntityType.LOC))
                .containsExactly("أنقرة");
    }
}
