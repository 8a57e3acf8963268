package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the supreme and constitutional courts, election commissions and national human-rights bodies of every
 * Arab League member. A name one member alone uses links bare; a generic one takes the country in brackets.
 */
class ArabLeagueCourtsElectionsAndRightsBodiesTest {

    @Test
    void aCourtNamedWithItsCountrysAdjectiveLinks() {
        assertThat(names("وقضت محكمة التمييز الكويتية بسجنه عشر سنوات.", "ar", EntityType.ORG))
                .containsExactly("Kuwaiti Court of Cassation");
    }

    @Test
    void anElectionCommissionOnlyOneMemberHasLinksBare() {
        assertThat(names("وأعلنت المفوضية الوطنية العليا للانتخابات عن موعد الاقتراع.", "ar", EntityType.ORG))
                .containsExactly("High National Elections Commission");
    }

    @Test
    void aHumanRightsCommitteeNamedWithItsCountryLinks() {
        assertThat(names("وقالت اللجنة الوطنية لحقوق الإنسان القطرية إن العمال محميون.", "ar", EntityType.ORG))
                .containsExactly("National Human Rights Committee (Qatar)");
    }
}
