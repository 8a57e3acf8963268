package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Family names that only faker-js's lists hold (Portugal's, Italy's, Senegal's) are spelled the way their country
 * writes them, not letter by letter.
 */
class ForeignFamilyNamesFromMoreListsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال وزير المالية البرتغالي فرناندو بيمنتل إن العجز تراجع.|Fernando Pimentel",
        "وقال وزير الداخلية الإيطالي ماركو كاكامو إن الحدود آمنة.|Marco Caccamo",
        "وقال وزير الخارجية السنغالي أليون كيبي إن الاتفاق صامد.|Alioune Kébé"})
    void aForeignFamilyNameIsTheListedSpellingOfItsCountry(String body, String name) {
        assertThat(SharedExtractor.names(body, "ar", EntityType.PERSON)).containsExactly(name);
    }
}
