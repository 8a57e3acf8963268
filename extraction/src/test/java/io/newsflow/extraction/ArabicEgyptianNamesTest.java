package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Egyptians no list holds are spelled as Egypt spells them in English: "El-" for the article, "g" for ج, "-y" for a
 * final ي, and "e" in a family name's open first syllable; the same names elsewhere keep the general spelling.
 */
class ArabicEgyptianNamesTest {

    private static java.util.List<String> persons(String body) {
        return SharedExtractor.names(body, "ar", EntityType.PERSON);
    }

    @Test
    void anEgyptianNameTakesElGAndAFinalY() {
        assertThat(persons("قال وزير التموين المصري رجب الطنطاوي إن المخزون كاف."))
                .containsExactly("Ragab El-Tantawy");
    }

    @Test
    void anEgyptianFamilyNameWritesTheOpenFirstSyllableWithE() {
        assertThat(persons("قال المتحدث المصري رجب المناوي إن الاجتماع انتهى."))
                .containsExactly("Ragab El-Menawy");
    }

    @Test
    void theSameNameOutsideEgyptKeepsTheGeneralSpelling() {
        assertThat(persons("قال المتحدث السوري رجب المناوي إن الاجتماع انتهى."))
                .containsExactly("Rajab al-Manawi");
    }
}
