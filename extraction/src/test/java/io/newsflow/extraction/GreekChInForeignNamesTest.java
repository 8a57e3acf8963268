package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ch of "Christophe" and "Chloé" is the k that Arabic writes "ك": the French spelling is found. */
class GreekChInForeignNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال وزير الزراعة الفرنسي كريستوف موريل إن المزارعين سيحصلون على دعم.|Christophe ",
        "وقالت وزيرة الثقافة البلجيكية كلوي ديبوا إن المعرض سيفتتح غدا.|Chloe "})
    void aFrenchGivenNameWithGreekChKeepsItsSpelling(String body, String given) {
        assertThat(SharedExtractor.names(body, "ar", EntityType.PERSON)).singleElement()
                .satisfies(name -> assertThat(name).startsWith(given));
    }
}
