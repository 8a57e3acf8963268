package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Persons named after professional and regional titles, and the words after a title that name no one. */
class ArabicTitledPersonsTest {

    private static final String AR = "ar";

    @Test
    void aProfessionalTitleIntroducesAName() {
        assertThat(SharedExtractor.names("وقال المهندس وليد عبد الحميد الطراونة إن العمل مستمر.", AR,
                EntityType.PERSON)).containsExactly("Walid Abdulhamid al-Tarawneh");
    }

    @Test
    void theDefiniteWordAfterATitleWithoutTheArticleIsItsGenitive() {
        assertThat(SharedExtractor.names("وقال مدير المستودع إن البضائع وصلت.", AR, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aRegionAndItsNationalityBelongToTheTitle() {
        String body = "وقال رئيس وزراء ولاية تسمانيا الأسترالية جيريمي روكليف إن الحرائق تراجعت.";
        assertThat(SharedExtractor.names(body, AR, EntityType.PERSON)).singleElement().asString().startsWith("Jeremy ");
    }

    @Test
    void aSpeakerIsNamedAfterAVerbOfSayingWhenHisNameIsClosed() {
        assertThat(SharedExtractor.names("وقال سامر الطحان، مدير المختبر، إن النتائج مشجعة.", AR, EntityType.PERSON))
                .containsExactly("Samer al-Tahhan");
        assertThat(SharedExtractor.names("وأكد أمل الحكومة في الحل.", AR, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aNameEndsWhereItsPartsAndTheSentenceSaySo() {
        assertThat(SharedExtractor.names("وقال الوزير خليل إبراهيم عبد الجليل إن العجز تراجع.", AR, EntityType.PERSON))
                .containsExactly("Khalil Ibrahim Abduljalil");
        assertThat(SharedExtractor.names("وقال سفير الاتحاد الأوروبي لدى الأردن ماتياس كرونه إن الدعم مستمر.", AR,
                EntityType.PERSON)).hasSize(1);
        String body = "وبحث السفير البريطاني لدى اليمن نديم حكيم الأوضاع الاقتصادية مع المسؤولين.";
        assertThat(SharedExtractor.mentions(body, AR, EntityType.PERSON)).containsExactly("نديم حكيم");
    }

    @Test
    void aRankThatIsAlsoAnEverydayWordNeedsANameAfterIt() {
        assertThat(SharedExtractor.names("وقال المدرب إن الفريق جاهز للمباراة.", AR, EntityType.PERSON)).isEmpty();
        assertThat(SharedExtractor.names("وقال الفريق أول ركن خالد الطائي إن الجيش جاهز.", AR, EntityType.PERSON))
                .containsExactly("Khaled al-Taie");
    }

    @Test
    void aForeignNameWrittenWithAHamzaOnItsAlefHasNoArticle() {
        assertThat(SharedExtractor.names("وقال وزير الزراعة الإسباني كاميلو ألفارادو إن الموسم جيد.", AR,
                EntityType.PERSON)).singleElement().asString().endsWith(" Alvarado");
    }

    @Test
    void aCompoundWithAllahIsOneName() {
        assertThat(SharedExtractor.names("وقال الوزير ماهر جاد الله إن العمل مستمر.", AR, EntityType.PERSON))
                .containsExactly("Maher Jadallah");
    }

    @Test
    void aKnownPersonsFamilyNameAfterAnotherGivenNameIsANamesake() {
        assertThat(SharedExtractor.names("وقال مدير المستشفى الدكتور ماهر الشرع إن الجرحى يتلقون العلاج.", AR,
                EntityType.PERSON)).containsExactly("Maher al-Shara");
    }
}
