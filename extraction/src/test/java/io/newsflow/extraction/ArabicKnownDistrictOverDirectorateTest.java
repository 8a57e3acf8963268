package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "مديرية" heads a directorate and a Yemeni district alike: a district the knowledge base names with the word wins
 * over a directorate composed from the head and an everyday word ("القطن" cotton), also with its governorate after
 * it; a directorate of a service stays a body.
 */
class ArabicKnownDistrictOverDirectorateTest {

    @Test
    void aKnownDistrictIsNoCottonDirectorate() {
        String text = "وقالت مديرية القطن إن السيول جرفت الطرق.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.LOC)).containsExactly("مديرية القطن");
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aKnownDistrictKeepsItsGovernorateApart() {
        String text = "وصلت قافلة إلى مديرية العبر بحضرموت.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.LOC)).contains("مديرية العبر");
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aServiceDirectorateStaysABody() {
        String text = "وأعلنت مديرية تربية نينوى تأجيل الامتحانات.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("مديرية تربية نينوى");
    }
}
