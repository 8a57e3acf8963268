package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Algeria writes the s of some common given names "c" (Youcef, Hocine), where Morocco writes "ss". */
class ArabicAlgerianGivenNameTest {

    private static String person(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.PERSON).stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(word)))
                .map(ArticleEntity::name).findFirst().orElseThrow();
    }

    @Test
    void anAlgerianHocineIsSpelledTheAlgerianWay() {
        assertThat(person("الجزائر - قال النائب حسين قرباج إن الحكومة تأخرت في صرف الدعم، وأكد قرباج أن البرلمان سيسائل الوزير.",
                "قرباج")).startsWith("Hocine ");
    }

    @Test
    void aMoroccanYoussefKeepsTheMaghrebSpelling() {
        assertThat(person("الرباط - قال النائب يوسف قرباج إن الحكومة تأخرت في صرف الدعم، وأكد قرباج أن البرلمان سيسائل الوزير.",
                "قرباج")).startsWith("Youssef ");
    }
}
