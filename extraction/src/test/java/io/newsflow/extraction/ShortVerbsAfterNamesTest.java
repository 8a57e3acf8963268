package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (h/enfr12), with invented names no eval or held-out set holds: a sentence whose only lower-case content
 * word is short ("met", "vu") is prose, not a title-case headline, so its capitals are still read as names.
 */
class ShortVerbsAfterNamesTest {

    @Test
    void shortVerbBetweenNamesKeepsASentenceOutOfTitleCase() {
        String body = "The agency said it had arrested a man in Bergen. Halvard Trosvik met Ewan Callory in Tromsø "
                + "on Friday.";
        assertThat(names(body, "en", EntityType.PERSON)).containsExactly("Halvard Trosvik", "Ewan Callory");
        assertThat(names(body, "en", EntityType.LOC)).contains("Tromsø");
        String corps = "La gendarmerie a interpellé un homme à Rennes. Armelle Quivrin a vu Gaspard Lodève à Brest "
                + "lundi.";
        assertThat(names(corps, "fr", EntityType.PERSON)).containsExactly("Armelle Quivrin", "Gaspard Lodève");
    }
}
