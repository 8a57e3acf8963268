package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * An army unit named by its number ("اللواء 35 مشاة", "الفرقة الرابعة مدرعة") is a body named as English writes it
 * ("35th Infantry Brigade"); the rank اللواء before a name, and a district لواء named by its town, are no unit. Names
 * in no seen set.
 */
class ArabicNumberedUnitTest {

    @Test
    void aBrigadeNumberedInDigitsWithItsArm() {
        String text = "وأعلن اللواء 35 مشاة السيطرة على التلة.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("اللواء 35 مشاة");
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("35th Infantry Brigade");
    }

    @Test
    void aDivisionNumberedByAnOrdinalAdjective() {
        String text = "وقالت الفرقة الرابعة مدرعة إنها صدت الهجوم.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("4th Armoured Division");
    }

    @Test
    void anOrdinalWithoutAnArmIsNoUnit() {
        String text = "وفازت الفرقة الأولى بالمسابقة.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void theRankBeforeANameIsNoUnit() {
        String text = "وقال اللواء سامي الحربي إن القوات تقدمت.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).noneMatch(n -> n.endsWith("Brigade"));
    }
}
