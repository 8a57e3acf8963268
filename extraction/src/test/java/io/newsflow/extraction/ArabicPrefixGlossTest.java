package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A glossary word that precedes its object in English (مكافحة "Anti-") is joined to the object when the body's name is
 * put in English order, and a pair the wire words otherwise has its own row (مكافحة الإرهاب Counter-Terrorism).
 * Names in no seen set.
 */
class ArabicPrefixGlossTest {

    @Test
    void antiPrecedesItsObject() {
        String text = "وقالت هيئة مكافحة الفساد الموريتانية إنها فتحت تحقيقاً.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG))
                .containsExactly("Mauritanian Anti-Corruption Authority");
    }

    @Test
    void counterTerrorismIsOnePhrase() {
        String text = "وقال جهاز مكافحة الإرهاب التونسي إن وحداته اعتقلت مشتبهاً به.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG))
                .containsExactly("Tunisian Counter-Terrorism Service");
    }
}
