package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * An ambassador's name is looked up in the lists of his own country, not of the one he is posted to ("السفير الفلبيني
 * لدى السعودية"): a Czech ي is j, a Turkish تش is ç, a final ك is k, a ف of a Polish or German name may be w.
 */
class ForeignAmbassadorNamesTest {

    @Test
    void theHostCountryWrittenAsItsAdjectiveIsNotTheAmbassadorsOwn() {
        assertThat(SharedExtractor.names("استقبل أمير المنطقة الشرقية السفير الفلبيني لدى السعودية ألفريدو مندوزا أمس.",
                "ar", EntityType.PERSON)).containsExactly("Alfredo Mendoza");
    }

    @Test
    void aCzechNameTakesTheJAndTheKOfItsOwnList() {
        assertThat(SharedExtractor.names("استقبل الحاكم السفير التشيكي لدى الإمارات ياروسلاف نوفاك أمس.", "ar",
                EntityType.PERSON)).containsExactly("Jaroslav Novák");
    }

    @Test
    void aTurkishNameTakesItsCedilla() {
        // A Turk's Ahmed is written as Turkish says it, with a final t (ArabicNamesOfLatinScriptPeoplesTest).
        assertThat(SharedExtractor.names("استقبل الوزير سفير تركيا لدى الأردن أحمد تشيتين أمس.", "ar",
                EntityType.PERSON)).containsExactly("Ahmet Çetin");
    }

    @Test
    void theWOfAPolishOrGermanNameIsWrittenWithFa() {
        assertThat(SharedExtractor.names("استقبل الوزير السفير البولندي لدى الأردن بيوتر كوفالسكي أمس.", "ar",
                EntityType.PERSON)).containsExactly("Piotr Kowalski");
    }
}
