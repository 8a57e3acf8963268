package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "جماعة" and a word militant groups are named with (أنصار, نصرة, جند, حراس) open one body, which runs to its first
 * noun with the article; a noun joined by و that an adjective follows is another body. Names in no seen set.
 */
class ArabicMilitantGroupNameTest {

    @Test
    void supportersOfAHolyPlaceIsOneGroup() {
        String text = "تبنت جماعة أنصار بيت المقدس الهجوم على الحاجز.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("جماعة أنصار بيت المقدس");
    }

    @Test
    void guardiansOfTheFaithIsOneGroup() {
        String text = "وقالت جماعة حراس الدين إنها نفذت الهجوم.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("جماعة حراس الدين");
    }

    @Test
    void forcesJoinedByAndWithTheirAdjectiveAreNoPartOfTheName() {
        String text = "وأعلنت جماعة جند الخلافة والقوات المحلية مسؤوليتها.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("جماعة جند الخلافة");
    }

    @Test
    void theVillagersAreNoGroup() {
        String text = "واجتمعت جماعة أهل القرية في المسجد.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }
}
