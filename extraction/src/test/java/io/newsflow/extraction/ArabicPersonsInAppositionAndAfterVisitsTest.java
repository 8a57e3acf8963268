package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Which Arabic words are a person: a name in apposition with a title after a verb of saying, whatever its given name;
 * a name after the place an envoy is sent to, after "يدعى" (called), in the Mauritanian "ولد" chain and in a last
 * part in "الدين"; and no person where a title is followed by the place visited or by a mayor's town. Invented names.
 */
class ArabicPersonsInAppositionAndAfterVisitsTest {

    private static Iterable<String> persons(String body) {
        return SharedExtractor.mentions(body, "ar", EntityType.PERSON);
    }

    @Test
    void aNameInAppositionWithATitleIsTheSpeakerWhateverHisGivenName() {
        assertThat(persons("وأوضح تيودور ماريناسكو، المتحدث باسم الشركة، أن العمل مستمر."))
                .containsExactly("تيودور ماريناسكو");
        assertThat(persons("وأكد سوكارتونو، الوزير المنسق للشؤون البحرية، أن الموانئ جاهزة."))
                .containsExactly("سوكارتونو");
    }

    @Test
    void thePlaceAnEnvoyIsSentToBelongsToTheTitle() {
        assertThat(persons("وقال المبعوث الأممي إلى ليبيا يورغن هالفورسن إن الحوار مستمر."))
                .containsExactly("يورغن هالفورسن");
    }

    @Test
    void oneWordAfterAVisitorsTitleIsThePlaceVisited() {
        assertThat(persons("زار المحافظ تنغيرفيلا أمس.")).isEmpty();
    }

    @Test
    void aMayorsTownIsNoPerson() {
        assertThat(persons("وقال رئيس بلدية تنغيرفيلا إن الطرق مغلقة.")).isEmpty();
    }

    @Test
    void aNameAfterCalledIsAPerson() {
        assertThat(persons("واعتقلت الشرطة رجلا يدعى جوهر في السوق.")).containsExactly("جوهر");
    }

    @Test
    void aLastPartInAlDinIsTakenWhole() {
        assertThat(persons("وقال قائد الشرطة العقيد حسن عمر نور الدين إن التحقيق مستمر."))
                .containsExactly("حسن عمر نور الدين");
    }

    @Test
    void aVerbalNounWithTheArticleIsNoFamilyName() {
        assertThat(persons("وانتقد النائب سمير طحان التعميم الجديد.")).containsExactly("سمير طحان");
    }

    @Test
    void aMauritanianNameGoesOnThroughOuldCheikh() {
        assertThat(persons("حضره الخبير أحمد ولد الشيخ المامي.")).containsExactly("أحمد ولد الشيخ المامي");
    }
}
