package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A town of the gazetteer joined by و to a place that ends in a two-word name or follows a place word, and a small
 * town written bare after a preposition of place or a direction, are places; so are a town opened by "أولاد" and a
 * city after its streets or coasts.
 */
class ArabicTownsJoinedAndAfterPrepositionsTest {

    @Test
    void aTownJoinedToADistrictNamedWithItsWordIsAPlace() {
        assertThat(SharedExtractor.mentions("تفقد المحافظ قرى مركز ديروط وأبنوب بعد السيول.", "ar", EntityType.LOC))
                .contains("أبنوب");
    }

    @Test
    void aTownWithTheArticleJoinedToAProvinceIsAPlace() {
        assertThat(SharedExtractor.mentions("أعلنت السلطات إجلاء السكان من ولاية صحم والخابورة بسبب الإعصار.", "ar",
                EntityType.LOC)).contains("الخابورة");
    }

    @Test
    void aSmallTownAfterAPrepositionOfPlaceIsAPlace() {
        assertThat(SharedExtractor.mentions("تظاهر المئات في الجهراء احتجاجا على انقطاع الكهرباء.", "ar",
                EntityType.LOC)).contains("الجهراء");
    }

    @Test
    void aSmallTownAfterADirectionIsAPlace() {
        assertThat(SharedExtractor.mentions("هاجم مسلحون قرية قرب تيلابيري على الحدود.", "ar", EntityType.LOC))
                .contains("تيلابيري");
    }

    @Test
    void aTownOfATribesChildrenKeepsItsSecondWord() {
        assertThat(SharedExtractor.mentions("تفقد الوزير مشاريع الري في منطقة أولاد تايمة.", "ar", EntityType.LOC))
                .anyMatch(m -> m.contains("أولاد تايمة"));
    }

    @Test
    void aCityAfterItsStreetsIsAPlace() {
        assertThat(SharedExtractor.mentions("تظاهر آلاف المحتجين في شوارع مرسيليا ضد إصلاح نظام التقاعد.", "ar",
                EntityType.LOC)).contains("مرسيليا");
    }
}
