package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * An unlisted person in Arabic copy is named the way English wire copy spells people of the story's country: the
 * country a dateline or a paragraph opening sets the story in, the regional given names, the names of God after
 * "عبد" with their doubled letters, and the diminutive nisba.
 */
class ArabicPersonSpellingByRegionTest {

    private static String person(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.PERSON).stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(word)))
                .map(ArticleEntity::name).findFirst().orElseThrow();
    }

    @Test
    void theDatelineSetsTheCountryWhoseSpellingAPersonTakes() {
        assertThat(person("تونس - قال الكاتب العام للنقابة فتحي العياشي إن العمال سيواصلون الاعتصام.", "العياشي"))
                .startsWith("Fethi ");
    }

    @Test
    void aParagraphOpeningInAnotherCountryMovesTheSpellingOn() {
        String body = "بغداد - قال مسؤولون إن الاجتماع انتهى أمس.\n"
                + "وفي القاهرة، قال المتحدث باسم اللجنة هاني الدمنهوري إن الاجتماع المقبل سيعقد الشهر المقبل.";
        assertThat(person(body, "الدمنهوري")).startsWith("Hany ");
    }

    @Test
    void aNameOfGodAfterAbdKeepsItsDoubledLetter() {
        assertThat(person("قال المهندس المصري عبد الغفار الشرنوبي إن المشروع اكتمل.", "الشرنوبي"))
                .startsWith("Abdel Ghaffar ");
    }

    @Test
    void theDiminutiveNisbaJoinsItsLastTwoConsonants() {
        assertThat(person("قال رجل الأعمال السعودي فهد السويلمي إن الشركة ستتوسع.", "السويلمي"))
                .endsWith("al-Suwailmi");
    }

    @Test
    void theLevantWritesMohammad() {
        assertThat(person("قال النائب الأردني محمد الشقيرات إن الحكومة تأخرت.", "الشقيرات")).startsWith("Mohammad ");
    }

    @Test
    void sudanWritesMohamed() {
        assertThat(person("قال الطبيب السوداني محمد الزين إن المستشفى امتلأ.", "الزين")).startsWith("Mohamed ");
    }
}
