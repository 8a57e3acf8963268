package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** "الجارالله": a compound with Allah written as one word is spelled as the two words are (al-Jarallah). */
class JoinedAllahNamesTest {

    @Test
    void theCompoundEndsInAllah() {
        assertThat(SharedExtractor.names("وقال وزير المالية الكويتي سامي الجارالله إن العجز سينخفض.", "ar",
                EntityType.PERSON)).containsExactly("Sami al-Jarallah");
    }
}
