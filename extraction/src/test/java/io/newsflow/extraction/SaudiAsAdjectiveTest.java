package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "السعودية" after a definite noun or a company's name is the adjective Saudi, which GUIDELINES leaves out. */
class SaudiAsAdjectiveTest {

    private static List<String> places(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.LOC).map(ArticleEntity::name).toList();
    }

    @Test
    void afterADefiniteNounItIsAnAdjective() {
        assertThat(places("وارتفعت صادرات الألبان السعودية إلى الأسواق الأوروبية.")).doesNotContain("Saudi Arabia");
    }

    @Test
    void afterACompanysNameItIsAnAdjective() {
        assertThat(places("ووقعت شركة نسما السعودية عقدا لبناء محطة.")).doesNotContain("Saudi Arabia");
    }

    @Test
    void theCountryStaysAPlace() {
        assertThat(places("وزار الوزير السعودية الأسبوع الماضي، ثم توجه إلى السعودية مرة أخرى."))
                .contains("Saudi Arabia");
    }
}
