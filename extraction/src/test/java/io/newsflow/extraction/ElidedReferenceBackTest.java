package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "à l'issue de l'entretien" refers back to the meeting the story told, with the article elided as with "la". */
class ElidedReferenceBackTest {

    @Test
    void aMeetingNamedAfterItEndsIsNoSecondMeeting() {
        String text = "Le maire, Olivier Bianchi, a rencontré mardi la direction de Vextralin au siège du groupe. "
                + "« C'est une histoire de cent ans », a déclaré M. Bianchi à l'issue de l'entretien.";
        assertThat(codes(text, "fr")).containsExactly("04");
    }
}
