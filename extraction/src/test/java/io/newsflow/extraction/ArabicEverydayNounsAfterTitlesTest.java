package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "وزار وزير النقل المطار": a building or place word with the article after a title is visited, not a family name; a
 * broken plural ("أوضاع") after a title is what is discussed; a month's name is a date, not a place; the place a
 * member represents ("النائب عن ولاية ...") is part of the title.
 */
class ArabicEverydayNounsAfterTitlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"وتفقد وزير الصحة الأردني المستشفى أمس.", "وزار وزير النقل الأردني المطار."})
    void theVisitedPlaceIsNoPerson(String sentence) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aBrokenPluralAfterATitlesNationalityIsNoName() {
        assertThat(SharedExtractor.names("وبحث وزير الداخلية مع نظيره السنغالي أوضاع المعبر الحدودي.", "ar",
                EntityType.PERSON)).isEmpty();
    }

    @Test
    void aSecondFormVerbalNounAfterATitlesNationalityIsNoNameButTaysirIs() {
        assertThat(SharedExtractor.names("وبحث الوزير مع السفير الياباني تطوير الميناء.", "ar", EntityType.PERSON))
                .isEmpty();
        assertThat(SharedExtractor.names("استقبل الرئيس تيسير خالد الوفد.", "ar", EntityType.PERSON))
                .containsExactly("Taysir Khaled");
    }

    @Test
    void aMonthIsNoPlace() {
        assertThat(SharedExtractor.names("على أن تبدأ الأعمال في الأول من مايو.", "ar", EntityType.LOC)).isEmpty();
    }

    @Test
    void thePlaceAMemberRepresentsBelongsToTheTitle() {
        assertThat(SharedExtractor.mentions(
                "وقال النائب عن ولاية عين صالح في المجلس الشعبي الوطني أحمد بلقاسمي إن الوضع صعب.", "ar",
                EntityType.PERSON)).containsExactly("أحمد بلقاسمي");
    }
}
