package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenth round, Arabic (after blind10): portfolios joined by و in ministries and titles, companies named in English
 * by their trade, Maghreb names with a given name that carries the article, and a body written with clitics. Names
 * are none an eval set holds.
 */
class ArabicPortfoliosAndCompaniesTest {

    private static List<ArticleEntity> entities(String body, EntityType type) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == type).toList();
    }

    @Test
    void aMinistryOfTwoPortfoliosJoinedByWaKeepsBoth() {
        assertThat(entities("وأعلنت وزارة الثقافة والسياحة الأردنية عن خطة جديدة.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Ministry of Culture and Tourism (Jordan)");
    }

    @Test
    void aCompanyIsNamedByItsPlaceAndTradeBeforeTheHead() {
        assertThat(entities("وقالت الشركة الليبية لتوزيع الكهرباء إن الشبكة عادت.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Libyan Electricity Distribution Company");
        assertThat(entities("وقالت الشركة الجهوية للنقل بالمنستير إن الحافلات توقفت.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Monastir Regional Transport Company");
        // Gulf companies take the country's name, not its adjective ("Qatar Airways").
        assertThat(entities("وأعلنت الشركة القطرية للمقاصة عن نظام جديد.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Qatar Clearing Company");
    }

    @Test
    void aTitleWhosePortfolioRunsOnThroughWaStillIntroducesTheName() {
        List<ArticleEntity> people = entities(
                "قال وزير النقل والاتصالات وترويج الاستثمار البحريني كمال الشيراوي إن الميناء جاهز.", EntityType.PERSON);
        assertThat(people).extracting(ArticleEntity::name).containsExactly("Kamal al-Shirawi");
    }

    @Test
    void aMaghrebGivenNameWithTheArticleIsFollowedByAFamilyNameWithBou() {
        assertThat(entities("قال وزير الثقافة المغربي أحمد المهدي بوزيان إن المهرجان سيقام في مدينة وجدة.",
                EntityType.PERSON)).extracting(ArticleEntity::name).hasSize(1).allMatch(n -> n.endsWith("Bouziyan"));
    }

    @Test
    void aStockExchangeWrittenWithAPrepositionIsTheSameBody() {
        assertThat(entities("وقال الرئيس التنفيذي لبورصة تونس نادر الخطيب إن بورصة تونس سجلت ارتفاعا.",
                EntityType.ORG)).hasSize(1).allMatch(e -> e.name().endsWith("Stock Exchange"));
    }
}
