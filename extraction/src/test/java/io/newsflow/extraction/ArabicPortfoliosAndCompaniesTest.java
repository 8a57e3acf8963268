package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenth round, Arabic (after blind10): portfolios joined by و in ministries and titles, companies named in English
 * by their trade, Maghreb names with a given name that carries the article, a body written with clitics, Moroccan
 * regions named by two cities, universities named after a person, Slavic family names and the diminutive CuwayC,
 * ports and places spelled by rule. Names are none an eval set holds.
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
                EntityType.PERSON)).extracting(ArticleEntity::name).hasSize(1).allMatch(n -> n.endsWith("Bouziane"));
    }

    @Test
    void aStockExchangeWrittenWithAPrepositionIsTheSameBody() {
        assertThat(entities("وقال الرئيس التنفيذي لبورصة تونس نادر الخطيب إن بورصة تونس سجلت ارتفاعا.",
                EntityType.ORG)).hasSize(1).allMatch(e -> e.name().endsWith("Stock Exchange"));
    }

    @Test
    void aRegionNamedByTwoCitiesIsOnePlaceAndBelongsToTheTitle() {
        String body = "وقال والي جهة مراكش آسفي كريم التازي إن المشروع سيبدأ.";
        assertThat(entities(body, EntityType.LOC)).extracting(ArticleEntity::name).containsExactly("Marrakesh-Safi");
        assertThat(entities(body, EntityType.PERSON)).extracting(ArticleEntity::name).containsExactly("Karim al-Tazi");
    }

    @Test
    void aUniversityNamedAfterAPersonIsOneBodyAndNoPerson() {
        String body = "وأعلنت جامعة الملك عبد العزيز عن منحة جديدة للطلاب.";
        assertThat(entities(body, EntityType.ORG)).extracting(ArticleEntity::name)
                .containsExactly("King Abdulaziz University");
        assertThat(entities(body, EntityType.PERSON)).isEmpty();
    }

    @Test
    void slavicFamilyNamesEndInOvAndTheDiminutiveReadsUwai() {
        assertThat(entities("وقال وزير الطاقة الأوزبكي رستم قاسيموف إن المحطة جاهزة.", EntityType.PERSON))
                .extracting(ArticleEntity::name).containsExactly("Rustam Qasimov");
        assertThat(entities("وقال المتحدث باسم الوزارة فهد الدويري إن التحقيق مستمر.", EntityType.PERSON))
                .extracting(ArticleEntity::name).containsExactly("Fahd al-Duwairi");
    }

    @Test
    void aPortNamedAfterItsTownIsTheTownWithThePortInTheMention() {
        assertThat(entities("ووصلت السفينة إلى ميناء العقبة أمس.", EntityType.LOC))
                .extracting(e -> e.mentions().get(0).text()).containsExactly("ميناء العقبة");
    }

    @Test
    void placesSpelledByRuleTakeUAndTheEndingLand() {
        assertThat(entities("وقالت السلطات في إقليم صوماليلاند إن الحدود مفتوحة.", EntityType.LOC))
                .extracting(ArticleEntity::name).hasSize(1).allMatch(n -> n.endsWith("land") && !n.contains("ou"));
    }

    @Test
    void aTitleBeforeAPlaceTheStoryNamesIsNoPerson() {
        // "رئيس جالمودوغ" is the president of Galmudug, which the story names after "ولاية".
        List<ArticleEntity> all = SharedExtractor.INSTANCE.extract("",
                "رئيس جالمودوغ يزور الميناء الجديد. وقال مسؤول في ولاية جالمودوغ إن الطرق مغلقة.", null, "ar").entities();
        assertThat(all).extracting(ArticleEntity::type).containsExactly(EntityType.LOC);
    }

    @Test
    void anAgencyNamedByItsBrandTakesItsPurposeAndEndsBeforeABareNoun() {
        assertThat(entities("وخفضت وكالة فيتش للتصنيف الائتماني تصنيف البلاد.", EntityType.ORG))
                .extracting(e -> e.mentions().get(0).text()).containsExactly("وكالة فيتش للتصنيف الائتماني");
    }
}
