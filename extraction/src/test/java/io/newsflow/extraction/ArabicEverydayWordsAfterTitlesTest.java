package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * After a title, and after a place joined by و, Arabic news often writes what is discussed or a second clause rather
 * than a name: a verbal noun, a relative adjective, or "و" and a plural subject. None of them is a person or a place.
 */
class ArabicEverydayWordsAfterTitlesTest {

    @Test
    void aHeadlinesSecondClauseAfterAnAmbassadorIsNoName() {
        assertThat(SharedExtractor.mentions("وزير النقل يستقبل السفير الفنلندي وسائقو الأجرة يحتجون على رفع الرسوم",
                "ar", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aHollowVerbalNounAfterAnAmbassadorIsNoName() {
        assertThat(SharedExtractor.mentions("وبحث الوزير مع السفير الفنلندي إقامة معرض للكتاب في العاصمة.", "ar",
                EntityType.PERSON)).isEmpty();
    }

    @Test
    void aRelativeAdjectiveAfterAWordThatIsAlsoATitleIsNoName() {
        String body = "ووزعت الجمعية محافظ قماشية على الطلاب.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.PERSON)).isEmpty();
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.LOC)).isEmpty();
    }

    @Test
    void aMemberForAnEmirateIsNamedAfterIt() {
        assertThat(SharedExtractor.mentions("وطالب عضو المجلس الوطني الاتحادي عن إمارة رأس الخيمة حمدان سيف النقبي "
                + "بتوسيع الطريق.", "ar", EntityType.PERSON)).containsExactly("حمدان سيف النقبي");
    }

    @Test
    void aGivenNameOpenedByWawAfterATitleIsStillAName() {
        assertThat(SharedExtractor.mentions("وقال الوزير وسام الحلبي إن الخطة جاهزة.", "ar", EntityType.PERSON))
                .containsExactly("وسام الحلبي");
    }

    @Test
    void aVerbalNounJoinedToAPlaceIsNoSecondPlace() {
        assertThat(SharedExtractor.mentions("وبحث الجانبان توسعة ميناء شحات وترميم الأرصفة.", "ar", EntityType.LOC))
                .noneMatch(m -> m.contains("ترميم"));
    }

    @Test
    void aPluralSubjectJoinedToAPlaceIsNoSecondPlace() {
        assertThat(SharedExtractor.mentions("وزار الوفد بلدة الجبيهات ومزارعو المنطقة يشكون من الجفاف.", "ar",
                EntityType.LOC)).noneMatch(m -> m.contains("مزارعو"));
    }
}
