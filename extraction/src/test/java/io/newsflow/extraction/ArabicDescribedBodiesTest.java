package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** An indefinite head and one bare word describe a body ("شركة مقاولات"); a clinic and traffic are no bodies. */
class ArabicDescribedBodiesTest {

    @Test
    void anIndefiniteHeadAndOneBareWordIsADescription() {
        assertThat(SharedExtractor.names("وفازت شركة مقاولات بالعقد وافتتح مركز صحي في القرية.", "ar", EntityType.ORG))
                .isEmpty();
    }

    @Test
    void aClinicAndTrafficAreNoBodies() {
        assertThat(SharedExtractor.names("ونقل المصاب إلى المركز الصحي وتوقفت حركة الشاحنات على الطريق.", "ar",
                EntityType.ORG)).isEmpty();
    }

    @Test
    void aBareWordFollowedByAPlaceIsStillAName() {
        assertThat(SharedExtractor.names("وقالت هيئة موانئ طرطوس إن السفن وصلت.", "ar", EntityType.ORG)).hasSize(1);
    }
}
