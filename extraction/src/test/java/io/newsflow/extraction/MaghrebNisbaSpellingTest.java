package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The Maghreb's French spelling of nisbas: iCCīC after إ keeps its consonants together, and an s between vowels is
 * doubled so that it does not read z ("Idrissi", "Soussi"); elsewhere the English spelling keeps one s.
 */
class MaghrebNisbaSpellingTest {

    @Test
    void aMoroccanNisbaDoublesTheSAndKeepsTheClusterAfterI() {
        assertThat(names("قال وزير التجارة المغربي كريم الإدريسي إن الصادرات ارتفعت، وقال يونس السوسي إن الأسعار"
                + " استقرت.", "ar", EntityType.PERSON)).containsExactly("Karim Idrissi", "Younes Soussi");
    }
}
