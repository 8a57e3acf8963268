package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Arab bodies named in common institutional words, which the glossary renders in English. */
class ArabicInstitutionWordsTest {

    @Test
    void aBodyOfTwoJoinedWordsIsNamedWhole() {
        assertThat(SharedExtractor.names("وقالت هيئة الطرق والجسور إن الجسر سيفتتح قريبا.", "ar", EntityType.ORG))
                .containsExactly("Roads and Bridges Authority");
    }

    @Test
    void aRegulatorsNameIsNoPersonAndItsHeadIsNamedAfterIt() {
        String body = "وقال رئيس هيئة تنظيم قطاع المياه نزار الطويسي إن الأسعار ستنخفض.";
        assertThat(SharedExtractor.names(body, "ar", EntityType.ORG))
                .containsExactly("Water Sector Regulatory Authority");
        assertThat(SharedExtractor.names(body, "ar", EntityType.PERSON)).containsExactly("Nizar al-Tuwaisi");
    }
}
