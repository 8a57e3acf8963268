package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Arabic copy writes the names of peoples who spell them in Latin script as they sound: a Turk's c and v are ج and و,
 * a Nigerian's Arabic given name is spelled as Hausa says it, and a South Slavic family name ends in "وفيتش".
 */
class ArabicNamesOfLatinScriptPeoplesTest {

    private static String person(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.PERSON).stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(word)))
                .map(ArticleEntity::name).findFirst().orElseThrow();
    }

    @Test
    void aTurksNameIsReadTheTurkishWay() {
        assertThat(person("قال وزير التجارة التركي جواد أوزتورك إن الصادرات ارتفعت هذا العام.", "جواد"))
                .startsWith("Cevat ");
    }

    @Test
    void aTurksArabicGivenNameTakesTheTurkishSpelling() {
        assertThat(person("قال النائب التركي حسن أوزتورك إن البرلمان سيناقش الميزانية.", "حسن"))
                .startsWith("Hasan ");
    }

    @Test
    void aNigeriansArabicGivenNameTakesTheHausaSpelling() {
        assertThat(person("قال وزير الزراعة النيجيري عثمان بلو إن الحكومة ستوزع البذور على المزارعين.", "عثمان"))
                .startsWith("Usman ");
    }

    @Test
    void aSouthSlavicFamilyNameEndsInOvic() {
        assertThat(person("قال وزير الخارجية الصربي زوران ماتييوفيتش إن بلاده تريد علاقات أوثق مع الخليج.", "زوران"))
                .matches("Zoran .*ovi[cć]");
    }
}
