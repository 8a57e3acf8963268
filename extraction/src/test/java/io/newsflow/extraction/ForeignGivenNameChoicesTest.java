package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which listed Latin name a foreign given name in Arabic script is: Spanish j written خ, the plain spelling of ي
 * before a marked one, and the vowel an initial alef carries.
 */
class ForeignGivenNameChoicesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقال الرئيس الكولومبي خوسيه غوميز إن الاتفاق صامد.|José Gómez",
        "وقال وزير الاقتصاد الإسباني خوان مارتينيز إن النمو تباطأ.|Juan Martínez",
        "وقال الرئيس الأرجنتيني خافيير غوميز إن التضخم تراجع.|Javier Gomez",
        "وقال وزير الزراعة الهولندي ديك فيرمولن إن المزارعين سيحصلون على دعم.|Dick Vermeulen",
        "وقالت وزيرة الخارجية السويدية إيبا كارلسون إن بلادها ستشارك.|Ebba Karlson",
        "وقالت رئيسة وزراء نيوزيلندا كيت ويلسون إن البلاد تواجه تحديات.|Kate Wilson"})
    void aForeignPersonIsNamedWithTheListedNameArabicSpellsPlainly(String body, String name) {
        assertThat(SharedExtractor.names(body, "ar", EntityType.PERSON)).containsExactly(name);
    }

    @Test
    void theVowelOfAnInitialAlefIsNoConsonant() {
        assertThat(SharedExtractor.names("وقال الرئيس النيجيري أولو أديمولا إن الانتخابات ستجرى في موعدها.", "ar",
                EntityType.PERSON)).singleElement().satisfies(n -> assertThat(n).endsWith(" Ademola").doesNotStartWith(
                        "Willow"));
    }
}
