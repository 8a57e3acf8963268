package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where an Arabic person's name ends: East Asian syllables, Mauritanian "ولد", a conjunction, a weekday; a given name
 * written with the article takes a family name written with it.
 */
class ArabicNameEndsAndAsianNamesTest {

    private static List<ArticleEntity> persons(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();
    }

    private static List<String> mentions(String body) {
        return persons(body).stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
    }

    @Test
    void koreanNameKeepsItsThreeSyllablesAndIsSpelledTheKoreanWay() {
        List<ArticleEntity> people = persons("واستقبل وزير الطاقة سفير كوريا الجنوبية لدى تونس بارك سونغ هو، وبحثا التعاون.");
        assertThat(people).flatExtracting(ArticleEntity::mentions).extracting(Mention::text)
                .containsExactly("بارك سونغ هو");
        assertThat(people).extracting(ArticleEntity::name).containsExactly("Park Sung-ho");
    }

    @Test
    void chineseFamilyNameThatIsAlsoAFunctionWordOpensAName() {
        List<ArticleEntity> people = persons("ووقع عن الشركة الصينية نائب الرئيس ما مينغ شنغ اتفاقا مع الوزارة.");
        assertThat(people).extracting(ArticleEntity::name).containsExactly("Ma Mingsheng");
    }

    @Test
    void aFunctionWordAfterAFamilyNameIsNotASyllable() {
        assertThat(mentions("وقال الرئيس الكوري لي إن بلاده مستعدة للحوار.")).containsExactly("لي");
    }

    @Test
    void mauritanianNameRunsOnThroughOuld() {
        assertThat(mentions("واستقبل وزير المالية الموريتاني سيدي محمد ولد بوبكر نظيره السنغالي."))
                .contains("سيدي محمد ولد بوبكر");
    }

    @Test
    void givenNameWithTheArticleTakesAFamilyNameWithTheArticle() {
        // The Maghreb and Sudan write some given names with the article: al-Habib, al-Mongi.
        assertThat(mentions("وقال وزير الخارجية التونسي الحبيب الصيد إن المحادثات مثمرة."))
                .containsExactly("الحبيب الصيد");
        assertThat(mentions("وقال النائب المنجي الرحوي إن الحكومة ستعمل.")).containsExactly("المنجي الرحوي");
        // A word with the article that is no given name is no name before another one.
        assertThat(mentions("واستقبل وزير الخارجية التونسي الوفد المرافق للرئيس.")).isEmpty();
    }

    @Test
    void conjunctionEndsTheName() {
        assertThat(mentions("واستقبل محافظ الشمال سامي فرحات وممثلين عن البلديات في مكتبه."))
                .containsExactly("سامي فرحات");
    }

    @Test
    void weekdayAfterTheNameIsNotPartOfIt() {
        assertThat(mentions("وقال الوزير خالد العمري الأحد إن الخطة جاهزة.")).containsExactly("خالد العمري");
    }

    @Test
    void weekdayAfterATitleEndsTheSearchForAName() {
        assertThat(mentions("والتقى الأمين العام للحزب الاثنين وفدا من النقابات.")).isEmpty();
    }
}
