package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A small town on the northern Mediterranean shore is found by sound after a place word, in a story naming its
 * country.
 */
class MediterraneanSmallTownsTest {

    @Test
    void anItalianTownTooSmallForTheGazetteerIsLinked() {
        assertThat(SharedExtractor.names("وقالت الشرطة الإيطالية إن قاربا وصل إلى بلدة سيكوليانا فجر اليوم.", "ar",
                EntityType.LOC)).contains("Siculiana");
    }

    @Test
    void theSameWordInAStoryAboutSyriaIsNotThatTown() {
        assertThat(SharedExtractor.names("وقال الجيش السوري إن قاربا وصل إلى بلدة سيكوليانا فجر اليوم.", "ar",
                EntityType.LOC)).doesNotContain("Siculiana");
    }
}
