package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An Arabic action's place told late in its clause, after the subject, the day and the object. */
class ArabicPlaceLaterInTheClauseTest {

    private static final Instant PUBLISHED = Instant.parse("2025-05-13T08:00:00Z");

    private static ArticleEvent event(String body, String code) {
        return SharedExtractor.INSTANCE.extract("أخبار الجهات", body, PUBLISHED, null).events().stream()
                .filter(e -> e.type().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aDistributionTakesThePlaceAtTheEndOfItsClause() {
        ArticleEvent aid = event("ووزعت جمعية الهلال الأحمر التونسي الأحد الماضي مواد غذائية وأغطية ومستلزمات صحية "
                + "على نحو ألف وخمسمئة أسرة معوزة في مدينة القيروان.", "07");
        assertThat(aid.place()).isEqualTo("Kairouan");
    }

    @Test
    void aPlaceInsideThePurposeOfAnAgreementIsNotTheSigningsPlace() {
        ArticleEvent signing = event("ووقعت وزارة التجهيز التونسية أمس عقدا مع شركة المقاولات العامة الكبرى "
                + "لإنشاء طريق سيارة جديدة تربط الجهات الداخلية بمدينة القيروان.", "05");
        assertThat(signing.place()).isNull();
    }
}
