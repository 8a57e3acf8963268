package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A body named after a person ("مستشفى الأمير راشد العسكري", "جامعة الحسن الثاني") is one organisation, not a person:
 * a hospital or a college is a body when an honorific follows its head, the kind of body may follow the person, and
 * the town after such a body is not part of its name. Names invented for the test, in no seen set.
 */
class ArabicTitledPatronBodyTest {

    @Test
    void hospitalNamedAfterAPrinceIsOneBody() {
        String text = "نقل الجرحى إلى مستشفى الأمير راشد العسكري في إربد لتلقي العلاج.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("مستشفى الأمير راشد العسكري");
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.PERSON)).isEmpty();
    }

    @Test
    void hospitalWithoutAnHonorificStaysABuilding() {
        String text = "وصل الجرحى إلى مستشفى الرحمة في المدينة مساء الأحد.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void universityHospitalKeepsItsKindAndLeavesItsTown() {
        String text = "وقال مدير مستشفى الملك فهد الجامعي بالخبر إن الحالات مستقرة.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("مستشفى الملك فهد الجامعي");
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.PERSON)).isEmpty();
    }

    @Test
    void collegeKeepsItsFieldAndTheFieldsAdjective() {
        String text = "وأعلنت كلية الأمير حسين بن عبد الله للدراسات الدولية بدء التسجيل.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG))
                .containsExactly("كلية الأمير حسين بن عبد الله للدراسات الدولية");
    }

    @Test
    void kingNamedWithTheArticleAndHisOrdinal() {
        String text = "أعلنت جامعة الحسن الثاني بالدار البيضاء تأجيل الامتحانات.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("جامعة الحسن الثاني");
    }

    @Test
    void familyNameAfterAalEndsThePatron() {
        String text = "وأعلنت مؤسسة محمد بن راشد آل مكتوم إطلاق تقرير جديد.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG))
                .containsExactly("مؤسسة محمد بن راشد آل مكتوم");
    }
}
