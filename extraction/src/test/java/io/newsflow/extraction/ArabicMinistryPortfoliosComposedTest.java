package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A ministry whose portfolios no list holds is named from the glossary in English order, "Ministry of X and Y
 * (Country)", its portfolios joined by و and qualified by adjectives and genitives.
 */
class ArabicMinistryPortfoliosComposedTest {

    @Test
    void portfoliosJoinedByAndWithAnAdjectiveAreOneMinistry() {
        assertThat(SharedExtractor.names("وقالت وزارة الصناعة والتجارة الخارجية الليبية إن الصادرات ارتفعت.", "ar",
                EntityType.ORG)).containsExactly("Ministry of Industry and Foreign Trade (Libya)");
    }

    @Test
    void aPortfolioNoListHoldsIsGlossedAfterMinistryOf() {
        assertThat(SharedExtractor.names("وأعلنت وزارة البلديات والنقل وتقنية المعلومات البحرينية خطة جديدة.", "ar",
                EntityType.ORG)).containsExactly("Ministry of Municipalities, Transport and Information Technology (Bahrain)");
    }

    @Test
    void aMinistrysGeneralIsPublic() {
        assertThat(SharedExtractor.names("وقالت وزارة الأشغال العامة والإسكان التونسية إن الطريق فتح.", "ar",
                EntityType.ORG)).containsExactly("Ministry of Public Works and Housing (Tunisia)");
    }
}
