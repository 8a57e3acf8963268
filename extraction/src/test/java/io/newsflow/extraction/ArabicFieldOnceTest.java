package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Two Arabic words for one field ("التربية والتعليم") are named once in English. Names in no seen set. */
class ArabicFieldOnceTest {

    @Test
    void educationIsNamedOnce() {
        String text = "وقالت مديرية التربية والتعليم بالفيوم إن الدراسة ستستأنف.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("Faiyum Education Directorate");
    }
}
