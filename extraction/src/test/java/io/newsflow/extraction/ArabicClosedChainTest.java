package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A place closes a body's chain of nouns: a noun after it (the verb's object, a verbal noun) is not the body's, only an
 * adjective is. Names in no seen set.
 */
class ArabicClosedChainTest {

    @Test
    void theVerbsObjectAfterThePlaceIsNotTheBodys() {
        String text = "وطالبت مديرية بيئة ذمار المصانع بخفض الانبعاثات.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("Dhamar Environment Directorate");
    }

    @Test
    void aVerbalNounAfterThePlaceIsNotTheBodys() {
        String text = "وأعلنت قيادة عمليات ذمار نشر قوات إضافية حول المدينة.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("Dhamar Operations Command");
    }
}
