package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A family name with the article on the pattern of a trade (CaCCāC: the carpenter, the tailor) doubles its middle
 * consonant, which Arabic script does not write, in the Maghreb's French spelling as in the Mashriq's English one.
 */
class ArabicTradeFamilyNameTest {

    private static String person(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.PERSON).stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(word)))
                .map(ArticleEntity::name).findFirst().orElseThrow();
    }

    @Test
    void aMoroccanTradeNameDoublesItsMiddleConsonant() {
        assertThat(person("الرباط - قال النائب سعيد الخراز إن الحكومة تأخرت في صرف الدعم، وأكد الخراز أن البرلمان سيسائل الوزير.", "الخراز"))
                .endsWith("Kharraz");
    }

    @Test
    void aSyrianTradeNameDoublesItsMiddleConsonant() {
        assertThat(person("قال الطبيب السوري سامر الحلاق إن المستشفى امتلأ بالمصابين.", "الحلاق"))
                .endsWith("al-Hallaq");
    }
}
