package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Universities, foundations, funds and centres named after a person take his name, and what they deal with after it
 * ("جامعة الملك سعود للعلوم الصحية"); a body the knowledge base names whole keeps its name.
 */
class ArabicBodiesNamedAfterPatronsTest {

    @Test
    void aFoundationNamedAfterAKingIsNamedAfterHimAndItsPurpose() {
        assertThat(SharedExtractor.names("وقالت مؤسسة الملك حسين للتنمية إن المشروع بدأ.", "ar", EntityType.ORG))
                .containsExactly("King Hussein Foundation for Development");
    }

    @Test
    void aUniversitysFieldsFollowItsPatron() {
        assertThat(SharedExtractor.names("وتخرج من جامعة الملك سعود للعلوم والتكنولوجيا.", "ar", EntityType.ORG))
                .containsExactly("King Saud University of Sciences and Technology");
    }

    @Test
    void aKnownBodyKeepsItsName() {
        assertThat(SharedExtractor.names("وقال مركز الملك سلمان للإغاثة والأعمال الإنسانية إن المساعدات وصلت.", "ar",
                EntityType.ORG)).containsExactly("King Salman Humanitarian Aid and Relief Centre");
    }
}
