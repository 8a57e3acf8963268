package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the words around a name tell in Arabic copy: a word the story also writes with the article is a common noun,
 * "وفي X،" opens a paragraph about a place, a title may name its country before the name, the police of a town, the
 * nationality adjectives of every country (also those whose stem starts with alef and lam, "ألباني"), what an
 * agreement is for is not a cancellation, and strike and seizure verbs; a town named with the article is not the bare
 * word, "X ومخيمها" is a place and its camp, not two places, and a lake or river is named with its word.
 */
class ArabicContextCuesTest {

    private static List<ArticleEntity> entities(String body) {
        return SharedExtractor.INSTANCE.extract("", body, SharedExtractor.PUBLISHED, "ar").entities();
    }

    private static List<ArticleEntity> ofType(String body, EntityType type) {
        return SharedExtractor.ofType(body, "ar", type);
    }

    private static List<String> mentions(String body, EntityType type) {
        return SharedExtractor.mentions(body, "ar", type);
    }

    private static List<String> codes(String body) {
        return SharedExtractor.codes(body, "ar");
    }

    @Test
    void aTownNamedWithTheArticleIsNotTheBareWord() {
        // "الخرج" is Al Kharj; the bare "خرج" is the verb "went out".
        assertThat(ofType("وفي إقليم تارودانت، خرج مئات الفلاحين أمس في مسيرة.", EntityType.LOC))
                .extracting(ArticleEntity::name).doesNotContain("Al Kharj");
        assertThat(ofType("وصل الوزير أمس إلى محافظة الخرج.", EntityType.LOC)).isNotEmpty();
    }

    @Test
    void aLakeOrRiverNoListHoldsIsNamedWithItsWord() {
        List<ArticleEntity> river = ofType("وفاض نهر أوكافانغو في بوتسوانا.", EntityType.LOC);
        assertThat(river).flatExtracting(ArticleEntity::mentions).extracting(m -> m.text())
                .containsExactlyInAnyOrder("نهر أوكافانغو", "بوتسوانا");
        assertThat(river).extracting(ArticleEntity::name).anyMatch(n -> n.endsWith(" River"));
        assertThat(mentions("وانخفض منسوب بحيرة تيتيكاكا هذا العام.", EntityType.LOC))
                .containsExactly("بحيرة تيتيكاكا");
    }

    @Test
    void aWordWithAPossessivePronounAfterAPlaceIsNoSecondPlace() {
        // "جنين ومخيمها" is Jenin and its camp; "ولايتي جوبالاند وهيرشبيلي" names two states.
        assertThat(mentions("اقتحمت القوات مدينة جنين ومخيمها فجر اليوم.", EntityType.LOC))
                .containsExactly("جنين");
        assertThat(mentions("وتعمل الشركة في حوض بركين وخارجه منذ سنوات.", EntityType.LOC))
                .doesNotContain("خارجه");
    }

    @Test
    void aWordTheStoryAlsoWritesWithTheArticleIsNotACityAbroad() {
        // "كابل" is Kabul, and also a cable; "الكابل" in the same story settles it.
        assertThat(ofType("وقعت الشركة عقدا لمد كابل بحري جديد. وقال المدير إن الكابل سيعمل العام المقبل.",
                EntityType.LOC)).isEmpty();
        assertThat(ofType("وصل وزير الخارجية إلى كابل أمس.", EntityType.LOC)).extracting(ArticleEntity::name)
                .containsExactly("Kabul");
    }

    @Test
    void aParagraphOpeningWithInAndOneWordIsSetInThatPlace() {
        assertThat(mentions("قال الوزير إن المحادثات مثمرة.\nوفي ماندالاي، تظاهر المئات أمس.", EntityType.LOC))
                .containsExactly("ماندالاي");
        assertThat(ofType("قال الوزير إن المحادثات مثمرة.\nوفي سياق منفصل، تظاهر المئات أمس.", EntityType.LOC))
                .isEmpty();
    }

    @Test
    void aTitleThatNamesItsCountryIsFollowedByTheName() {
        String body = "قال رئيس وزراء بولندا دونالد توسك إن الاتفاق مهم.";
        assertThat(mentions(body, EntityType.PERSON)).containsExactly("دونالد توسك");
    }

    @Test
    void aNationalityWithAlefLamInItsStemMakesTheNameForeign() {
        // "ألباني" (Albanian) was read as "باني"; the person is foreign, and "ألبين" is the given name Albin, not
        // the article and "بين".
        List<ArticleEntity> people = ofType("قال وزير الخارجية الألباني ألبين كوتشي إن الاتفاق مهم.", EntityType.PERSON);
        assertThat(people).singleElement().extracting(ArticleEntity::name).asString().startsWith("Albin ");
    }

    @Test
    void thePoliceOfATownIsNamedAfterIt() {
        assertThat(ofType("وأعلنت شرطة الشارقة أمس القبض على ثلاثة أشخاص.", EntityType.ORG))
                .extracting(ArticleEntity::name).containsExactly("Sharjah Police");
    }

    @Test
    void aPlaceNameAfterAPlaceWordStopsBeforeAPrepositionAndANoun() {
        assertThat(mentions("وقع الجانبان اتفاقا لربط الميناء بمدينة نزوى بخط حديدي.", EntityType.LOC))
                .containsExactly("نزوى");
    }

    @Test
    void anAgreementToCancelSomethingIsStillAnAgreement() {
        assertThat(codes("ووقع الجانبان أمس اتفاقا لإلغاء الرسوم الجمركية بين البلدين.")).containsExactly("05");
        assertThat(codes("وألغت الحكومة أمس الاجتماع المقرر مع النقابات.")).isEmpty();
    }

    @Test
    void strikesAndSeizuresAreEvents() {
        assertThat(codes("وأضرب المئات من عمال الميناء أمس احتجاجا على تأخر الأجور.")).containsExactly("14");
        assertThat(codes("وضبطت الشرطة أمس قاربا يحمل شحنة مهربة.")).containsExactly("17");
        assertThat(codes("ودعا الوزير جميع الأطراف إلى ضبط النفس.")).isEmpty();
    }

    @Test
    void aForeignNameNoListHoldsIsSpelledWithTheVowelsArabicWrites() {
        // No vowel is guessed between consonants ("Gakharia", not "Ghakhariya"); an initial alef with ya is one vowel.
        assertThat(ofType("وقال زعيم المعارضة الجورجي غيورغي غاخاريا إن الاتفاق مهم.", EntityType.PERSON))
                .singleElement().extracting(ArticleEntity::name).asString().endsWith(" Gakharia");
        assertThat(ofType("قال رئيس الوزراء الجورجي إيراكلي غاريباشفيلي إن الاتفاق مهم.", EntityType.PERSON))
                .singleElement().extracting(ArticleEntity::name).asString().startsWith("Irakli ");
    }
}
