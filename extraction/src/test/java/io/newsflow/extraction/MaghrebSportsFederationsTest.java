package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Maghreb sports federation is a جامعة with a ball game after لكرة, named in English with its adjectives before the
 * sport; the person named after its head's title is found, and a جامعة with no sport stays a university.
 */
class MaghrebSportsFederationsTest {

    @ParameterizedTest
    @CsvSource({
        "وأعلنت الجامعة التونسية لكرة اليد موعد المباراة., Tunisian Handball Federation",
        "وقالت الجامعة الملكية المغربية لكرة السلة إن المباراة تأجلت., Royal Moroccan Basketball Federation",
        "وقال رئيس جامعة القاهرة إن الدراسة تبدأ غدا., Cairo University"
    })
    void theBodyIsNamedInEnglish(String sentence, String body) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).containsExactly(body);
    }

    @Test
    void thePersonAfterTheFederationIsFound() {
        assertThat(SharedExtractor.names("وقال رئيس الجامعة الملكية المغربية لكرة القدم سعيد بنعلي إن المنتخب جاهز.",
                "ar", EntityType.PERSON)).containsExactly("Said Benali");
    }
}
