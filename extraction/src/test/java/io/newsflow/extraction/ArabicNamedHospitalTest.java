package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "مستشفى" with a name of its own and then the kind of hospital it is (العام, التعليمي, التخصصي, ...) is a body named
 * "<name> <kind> Hospital"; a hospital described by the town it serves, or with no kind, stays a building. Names in no
 * seen set.
 */
class ArabicNamedHospitalTest {

    @Test
    void aHospitalNamedAfterAPhysicianWithItsKindIsABody() {
        String text = "ونقل الجرحى إلى مستشفى ابن سينا التعليمي لتلقي العلاج.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("مستشفى ابن سينا التعليمي");
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString()
                .endsWith("Teaching Hospital");
    }

    @Test
    void aSecondKindJoinedByAndStaysInTheMention() {
        String text = "واستقبل مستشفى النور التخصصي والإحالي ثلاثة مصابين.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG))
                .containsExactly("مستشفى النور التخصصي والإحالي");
    }

    @Test
    void theCitysHospitalIsNoBody() {
        String text = "ونقل المصابون إلى مستشفى المدينة العام.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aNewHospitalIsNoBody() {
        String text = "وافتتح الوزير مستشفى جديدا في البلدة.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).isEmpty();
    }
}
