package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * مصر right after a company's or a foundation's head is the brand Misr, not the country; a masculine adjective after
 * the place a masculine head is of describes the head ("Sovereign Fund of Egypt"), a feminine head keeps the place
 * inside ("Royal Oman Police").
 */
class ArabicMisrBrandsAndPlaceOwnedBodiesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقالت شركة مصر للتأمين إن الأرباح ارتفعت.|Misr Insurance Company",
        "وقال صندوق مصر السيادي إن الصفقة أنجزت.|Sovereign Fund of Egypt",
        "وقال بنك الكويت الوطني إن الأرباح ارتفعت.|National Bank of Kuwait",
        "وقالت شرطة عمان السلطانية إن الحادث وقع ليلا.|Royal Oman Police"
    })
    void bodiesAreNamedAsEnglishNamesThem(String sentence, String name) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).contains(name);
    }
}
