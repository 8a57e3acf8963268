package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body's name goes on through a second genitive or adjective joined by و ("للطرق والجسور", "الثقافي والفني") and
 * through غير with an adjective ("غير القانوني"); another body, a title or people in the plural after و do not.
 */
class ArabicCoordinatedBodyNamesTest {

    @ParameterizedTest
    @CsvSource({
        "وقالت الهيئة الوطنية للطرق والجسور إن الأشغال ستنتهي قريبا., الهيئة الوطنية للطرق والجسور",
        "ووقعت شركة الريان للمقاولات والتجارة عقدا مع البلدية., شركة الريان للمقاولات والتجارة",
        "ويعقد المجلس الثقافي والفني دورته المقبلة في الخريف., المجلس الثقافي والفني",
        "وقال جهاز مكافحة الصيد غير القانوني إنه صادر الشباك., جهاز مكافحة الصيد غير القانوني"
    })
    void theJoinedWordsBelongToTheBody(String sentence, String body) {
        assertThat(SharedExtractor.mentions(sentence, "ar", EntityType.ORG)).containsExactly(body);
    }

    @Test
    void twoGlossedGenitivesAreJoinedByAndInEnglish() {
        assertThat(SharedExtractor.names("وانتقدت جمعية السلام والتنمية قرار البلدية.", "ar", EntityType.ORG))
                .containsExactly("Peace and Development Association");
    }

    @Test
    void peopleInThePluralAfterAndAreNotPartOfTheBody() {
        assertThat(SharedExtractor.mentions("ووقعت الشركة الوطنية للكهرباء والمستثمرين اتفاقا.", "ar", EntityType.ORG))
                .containsExactly("الشركة الوطنية للكهرباء");
    }

    @Test
    void aForeignCompanysNationalityAfterItsTradeIsNoPartOfItsName() {
        assertThat(SharedExtractor.mentions("وفازت شركة هانبيول للهندسة والبناء الكورية بالعقد.", "ar", EntityType.ORG))
                .containsExactly("شركة هانبيول للهندسة والبناء");
    }
}
