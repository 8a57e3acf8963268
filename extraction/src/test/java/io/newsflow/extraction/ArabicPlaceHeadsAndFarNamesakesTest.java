package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A place joined by و that opens with "أم", "ود", "أبو" or Iraq's "البو" takes the word after it ("وأم حجار"), though
 * "وأم" and "وود" have only three letters; the nouns that open places' names are written as wire copy writes them
 * (Kafr, Deir, Beit, Albu); and a town of another continent read from one word in an Arab state's story is taken only
 * when the story names its country.
 */
class ArabicPlaceHeadsAndFarNamesakesTest {

    @Test
    void aListedPlaceOpeningWithUmmOrWadKeepsItsName() {
        assertThat(SharedExtractor.mentions(
                "وقال مسؤولون في السودان إن الأمطار أتلفت المحاصيل في قرى الكريمت وأم حجار وود الحليو وأبو قوتة.",
                "ar", EntityType.LOC)).contains("أم حجار", "ود الحليو", "أبو قوتة");
    }

    @Test
    void theNounsOpeningPlaceNamesAreWrittenAsWireCopyWritesThem() {
        assertThat(SharedExtractor.names(
                "وقال مسؤولون في سوريا إن القصف طال قرى كفر سجنة ودير سنبل وبيت راس.", "ar", EntityType.LOC))
                .contains("Kafr Sajana", "Deir Sanbal", "Beit Ras");
        assertThat(SharedExtractor.names("وقال مسؤولون في العراق إن المياه غمرت قرى البو شجل والبو حمدان قرب المدينة.",
                "ar", EntityType.LOC)).contains("Albu Shajal", "Albu Hamdan");
    }

    @Test
    void aFarTownIsTakenOnlyWhenTheStoryNamesItsCountry() {
        assertThat(SharedExtractor.names("قالت السلطات في الأردن إن السيول غمرت قرى المريغة وكيل والحسا بعد أمطار غزيرة.",
                "ar", EntityType.LOC)).doesNotContain("Kiel");
        assertThat(SharedExtractor.names("وصل وفد من الأردن إلى مدينة كيل الألمانية لبحث التعاون في الطاقة.", "ar",
                EntityType.LOC)).contains("Kiel");
    }
}
