package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bodies in Arabic copy that no list names one by one: a country's armed forces by its adjective or "لـ" and its name,
 * parliaments by their two-word names, common nouns that look like bodies (the board, the security forces), and
 * foreign companies after "شركة" whose names open with a letter that is also a clitic, and bodies whose name runs on
 * through لـ and a noun no glossary holds ("لمراقبة التراب").
 */
class ArabicBodiesAndBrandsTest {

    private static List<ArticleEntity> ofType(String body, EntityType type) {
        return SharedExtractor.ofType(body, "ar", type);
    }

    private static List<String> mentions(String body, EntityType type) {
        return SharedExtractor.mentions(body, "ar", type);
    }

    @Test
    void lamWithABareNounAndItsGenitiveCarriesABodysNameOn() {
        // "لمراقبة التراب": لـ, a noun no glossary holds and its definite genitive; a place after it belongs to the
        // body too, as the Socotra after it.
        assertThat(mentions("وقالت المديرية العامة لمراقبة التراب الوطني في بيان إن الخلية خطيرة.", EntityType.ORG))
                .containsExactly("المديرية العامة لمراقبة التراب الوطني");
        String council = "وعقد المجلس العام لأبناء المهرة وسقطرى اجتماعا أمس.";
        assertThat(mentions(council, EntityType.ORG)).containsExactly("المجلس العام لأبناء المهرة وسقطرى");
        assertThat(mentions(council, EntityType.LOC)).isEmpty();
    }

    @Test
    void armedForcesOfACountryNamedWithLamAreAnArmyAndTheCountryStays() {
        String body = "وأجرت القوات المسلحة لنيكاراغوا مناورات عسكرية أمس.";
        assertThat(ofType(body, EntityType.ORG)).extracting(ArticleEntity::name)
                .containsExactly("Armed Forces of Nicaragua");
        assertThat(ofType(body, EntityType.LOC)).extracting(ArticleEntity::name).containsExactly("Nicaragua");
    }

    @Test
    void armedForcesWithANationalityAdjectiveAreThatCountrysArmy() {
        assertThat(ofType("وقالت القوات المسلحة التشيكية إن التدريب انتهى.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Czech Armed Forces");
        // "العربية" before the adjective is part of the English name.
        assertThat(ofType("وقالت القوات المسلحة العربية التشيكية إن التدريب انتهى.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Czech Arab Armed Forces");
    }

    @Test
    void aParliamentsTwoWordNameIsABody() {
        assertThat(ofType("صوت مجلس الشيوخ الفرنسي على القانون أمس.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("French Senate");
        // The knowledge base names "مجلس الأعيان" whole (Jordan's Senate), which wins over the composed chamber.
        assertThat(ofType("وافق مجلس الأعيان على الموازنة.", EntityType.ORG)).extracting(ArticleEntity::name)
                .containsExactly("Senate (Jordan)");
    }

    @Test
    void theBoardAndTheSecurityForcesAreCommonNouns() {
        assertThat(ofType("وقال رئيس مجلس إدارة البنك إن الأرباح ارتفعت.", EntityType.ORG)).isEmpty();
        assertThat(ofType("وقال رئيس مجلس إدارة البنك إن الأرباح ارتفعت.", EntityType.PERSON)).isEmpty();
        assertThat(ofType("واعتقلت قوات الأمن أمس عشرة أشخاص.", EntityType.ORG)).isEmpty();
        assertThat(ofType("وقالت المؤسسة العسكرية إن الوضع هادئ.", EntityType.ORG)).isEmpty();
    }

    @Test
    void aForeignCompanyWhoseNameOpensLikeACliticEndsBeforeItsNationalityAndAVerb() {
        assertThat(mentions("وقالت شركة كوكاكولا الأمريكية ستفتح مصنعا جديدا.", EntityType.ORG))
                .containsExactly("شركة كوكاكولا");
        // لـ after a company says what it is for, and a word ending like an Arabic noun is one.
        assertThat(ofType("أسس المستثمر شركة لتصنيع الأسلحة.", EntityType.ORG)).isEmpty();
        assertThat(ofType("اشترى المستثمر شركة بقيمة مليون دولار.", EntityType.ORG)).isEmpty();
    }
}
