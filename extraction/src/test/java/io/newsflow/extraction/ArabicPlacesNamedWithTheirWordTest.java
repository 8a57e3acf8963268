package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Oil fields, deltas and places whose names open with "بني" or "غور" are named with that word: the mention takes it in,
 * and the place is not the town or the foreign region the next word or the opener alone would name. A count, a verb or
 * a second clause after the place is no part of it.
 */
class ArabicPlacesNamedWithTheirWordTest {

    private static ArticleEntity place(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.LOC).stream()
                .filter(e -> e.mentions().get(0).text().contains(word)).findFirst().orElseThrow();
    }

    @Test
    void anOilFieldTakesItsWordIn() {
        String body = "وأغلق محتجون حقل الرميلة النفطي وحقل المجنون.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.LOC)).contains("حقل الرميلة", "حقل المجنون");
        assertThat(place(body, "المجنون").name()).isEqualTo("Majnun oil field");
    }

    @Test
    void aDeltaIsNamedAfterItsRiverOrTown() {
        String body = "وتضرر سكان دلتا النيجر ودلتا إيراوادي من الفيضانات.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.LOC)).contains("دلتا النيجر", "دلتا إيراوادي");
        assertThat(place(body, "النيجر").name()).isEqualTo("Niger Delta");
        assertThat(place(body, "إيراوادي").name()).endsWith(" Delta");
    }

    @Test
    void aPlaceOpenedByBeniOrGhorTakesTheOpenerIn() {
        String body = "وزار الوزير بلدة بني زيد ثم غور المزرعة.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.LOC)).contains("بني زيد", "غور المزرعة");
        assertThat(place(body, "بني").name()).startsWith("Beni ");
        assertThat(place(body, "غور").name()).startsWith("Ghor ");
    }

    @Test
    void theOpenersAloneOrBeforeACountryNameNoPlaceOfTheirOwn() {
        assertThat(SharedExtractor.names("وقال إن المسجد بني عام 1900 قرب غور الأردن.", "ar", EntityType.LOC))
                .containsExactly("Jordan");
    }

    @Test
    void aFeminineDualAfterAPlaceIsNoPartOfItsName() {
        assertThat(SharedExtractor.mentions("وضبطت الشرطة قرب مدينة تمبدغة سيارتين محملتين بالوقود.", "ar",
                EntityType.LOC)).containsExactly("تمبدغة");
    }

    @Test
    void aPluralVerbAfterAPlaceIsNoPartOfItsName() {
        assertThat(SharedExtractor.mentions("وقال إن مزارعي دلتا إيراوادي يواجهون الجفاف.", "ar", EntityType.LOC))
                .containsExactly("دلتا إيراوادي");
    }

    @Test
    void aVerbWithAPronounJoinedToAPlaceIsNoSecondPlace() {
        assertThat(SharedExtractor.mentions("عمل الخبراء سنوات في دلتا إيراوادي ويمكنهم نقل تجربتهم.", "ar",
                EntityType.LOC)).containsExactly("دلتا إيراوادي");
    }
}
