package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies named in English: observatories (مرصد) head a name; لـ before a bare noun and its genitive says what the body
 * is for; a nationality after the genitive describes the head; a holding company's form stays next to "Company"; the
 * portfolios of Islamic affairs, fisheries, public works and equipment name one ministry with their country.
 */
class ArabicBodyHeadsPortfoliosAndGlossesTest {

    @ParameterizedTest
    @CsvSource({
        "وقال المرصد اليمني لحقوق الإنسان إن التقرير سيصدر غدا., Yemeni Observatory for Human Rights",
        "وأعلنت الهيئة العامة للطيران المدني الكويتية استئناف الرحلات., Kuwaiti General Authority of Civil Aviation",
        "وقالت الشركة القابضة للكهرباء إن الانقطاع انتهى., Electricity Holding Company",
        "أعلنت وزارة الشؤون الإسلامية الكويتية عن موعد صلاة العيد., Ministry of Islamic Affairs (Kuwait)",
        "وقالت وزارة الثروة السمكية اليمنية إن الصيادين عادوا., Ministry of Fisheries (Yemen)",
        "وتعهدت وزارة الأشغال العامة الأردنية بإصلاح الطريق., Ministry of Public Works (Jordan)"
    })
    void theBodyIsNamedInEnglish(String sentence, String body) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).containsExactly(body);
    }
}
