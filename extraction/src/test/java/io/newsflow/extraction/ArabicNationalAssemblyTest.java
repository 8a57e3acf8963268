package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "الجمعية الوطنية" with a nationality adjective is a parliament, the National Assembly; with a purpose after it, it
 * stays an association. Glossary words of bodies' names (رجال الأعمال Businessmen) name the body in English. Names in
 * no seen set.
 */
class ArabicNationalAssemblyTest {

    @Test
    void theNationalAssemblyWithANationalityIsAParliament() {
        String text = "وصادقت الجمعية الوطنية الفنزويلية على القانون.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString()
                .contains("National Assembly");
    }

    @Test
    void aNationalAssociationForAPurposeStaysAnAssociation() {
        String text = "ودعت الجمعية الوطنية لحماية المستهلك إلى مقاطعة السلعة.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).noneMatch(n -> n.contains("Assembly"));
    }

    @Test
    void businessmenAreGlossedInABodysName() {
        String text = "وطالبت رابطة رجال الأعمال العمانيين بخفض الرسوم.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString()
                .contains("Businessmen");
    }
}
