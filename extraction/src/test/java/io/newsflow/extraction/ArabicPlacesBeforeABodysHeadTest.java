package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place Arabic writes with the article, standing before a body's head in English, drops "Al" there ("Anbar Police
 * Command"); a company's own name keeps it.
 */
class ArabicPlacesBeforeABodysHeadTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقالت قيادة شرطة الأنبار إن الطرق آمنة.|Anbar Police Command",
        "وقالت قيادة عمليات الجزيرة إن الطرق آمنة.|Jazira Operations Command",
        "وقالت شركة الواحة للعمليات النفطية إن الإنتاج ارتفع.|Al Waha Oil Operations Company"
    })
    void placesBeforeTheHeadLoseTheArticle(String sentence, String name) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).contains(name);
    }
}
