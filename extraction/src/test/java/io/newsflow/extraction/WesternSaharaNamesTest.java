package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Western Sahara's people have Arabic names, written the Maghreb's way, not letter by letter as foreign names. */
class WesternSaharaNamesTest {

    @Test
    void aNameInAStoryFromWesternSaharaTakesTheMaghrebSpelling() {
        assertThat(SharedExtractor.names("وقال وزير الصيد البحري سعيد بركة إن موانئ الصحراء الغربية ستتوسع، وإن الصيد"
                + " في الصحراء الغربية سيتحسن.", "ar", EntityType.PERSON)).containsExactly("Said Barka");
    }
}
