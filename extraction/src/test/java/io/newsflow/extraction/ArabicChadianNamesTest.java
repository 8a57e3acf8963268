package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A Chadian's Arabic name is an Arabic name written the French way, as in Algeria ("dj" for ج, "Abdel"), not a
 * foreign name transcribed letter by letter.
 */
class ArabicChadianNamesTest {

    @Test
    void aChadiansArabicNameIsSpelledTheFrenchWay() {
        assertThat(SharedExtractor.names("قال الوزير التشادي يوسف عبد الجليل إن الحدود آمنة.", "ar",
                EntityType.PERSON)).containsExactly("Youssef Abdeldjalil");
    }
}
