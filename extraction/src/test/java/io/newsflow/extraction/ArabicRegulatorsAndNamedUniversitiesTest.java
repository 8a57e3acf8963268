package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A public body's head before a company the knowledge base names makes a body of its own ("هيئة الاتصالات السعودية"
 * is the regulator, not the company STC), and a university named after a person is named in English after him.
 */
class ArabicRegulatorsAndNamedUniversitiesTest {

    @Test
    void aCommissionBeforeAKnownCompanyIsTheCommission() {
        String regulator = "وقالت هيئة الاتصالات السعودية إنها فرضت غرامة على مشغل.";
        assertThat(SharedExtractor.mentions(regulator, "ar", EntityType.ORG)).containsExactly("هيئة الاتصالات السعودية");
        assertThat(SharedExtractor.names(regulator, "ar", EntityType.ORG)).doesNotContain("STC");
        assertThat(SharedExtractor.names("وأعلنت شركة الاتصالات السعودية أرباحها الفصلية.", "ar", EntityType.ORG))
                .containsExactly("STC");
    }

    @Test
    void aUniversityNamedAfterAKingTakesHisNameAndOrdinal() {
        assertThat(SharedExtractor.names("وتخرج الطالب من جامعة محمد الخامس العام الماضي.", "ar", EntityType.ORG))
                .containsExactly("Mohammed V University");
    }
}
