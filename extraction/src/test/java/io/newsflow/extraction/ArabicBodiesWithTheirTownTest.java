package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A local body composed from its head is named with the town that follows it at once, joined to ب or after "في"; not
 * a company before its brand, nor a place after "في" that a comma closes (where the body spoke).
 */
class ArabicBodiesWithTheirTownTest {

    @Test
    void anAssociationTakesItsTownJoinedToB() {
        assertThat(SharedExtractor.mentions("وطالبت جمعية منتجي الزيتون بتيميمون الحكومة بتعويض الفلاحين.", "ar",
                EntityType.ORG)).contains("جمعية منتجي الزيتون بتيميمون");
    }

    @Test
    void aLeagueTakesItsTownAfterFi() {
        assertThat(SharedExtractor.mentions("وطالبت رابطة صيادي الأسماك في تيميمون خلال الوقفة بتعويض البحارة.", "ar",
                EntityType.ORG)).contains("رابطة صيادي الأسماك في تيميمون");
    }

    @Test
    void aCompanyAndAPlaceACommaClosesKeepTheirOwnSpans() {
        assertThat(SharedExtractor.mentions("وقعت شركة مياه الشمال في تيميمون اتفاقية.", "ar", EntityType.ORG))
                .noneMatch(m -> m.contains("تيميمون"));
        assertThat(SharedExtractor.mentions("أعلن المكتب الوطني للسياحة في تونس، أمس، عن خطة جديدة.", "ar",
                EntityType.ORG)).noneMatch(m -> m.contains("تونس"));
    }
}
