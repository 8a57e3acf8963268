package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossLingualLinkingTest {

    private static String idOf(String title, String body, String name) {
        Extraction x = SharedExtractor.INSTANCE.extract(title, body, null, null);
        return x.entities().stream().filter(e -> e.name().equals(name)).map(ArticleEntity::id).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + x.entities()));
    }

    @Test
    void arabicMentionLinksToSameEntityAsEnglishAndFrench() {
        String ar = idOf("", "يعقد الوزراء اجتماعهم المقبل في روما بحضور ممثلين عن الحكومة.", "Rome");
        String en = idOf("", "The ministers will meet in Rome next week, officials said.", "Rome");
        String fr = idOf("", "Les ministres se réuniront à Rome la semaine prochaine, selon des responsables.", "Rome");
        assertThat(ar).isEqualTo(en).isEqualTo(fr).isEqualTo("loc:rome");
    }

    @Test
    void organisationNamesInThreeLanguagesShareOneId() {
        String ar = idOf("", "أكد حلف الناتو دعمه لأعضائه في مواجهة التهديدات.", "NATO");
        String en = idOf("", "NATO leaders said the alliance would support its members.", "NATO");
        String fr = idOf("", "Les dirigeants de l'OTAN ont affirmé leur soutien aux membres de l'alliance.", "NATO");
        assertThat(ar).isEqualTo(en).isEqualTo(fr).isEqualTo("org:nato");
    }

    @Test
    void arabicSpellingVariantsOfOneNameLinkTogether() {
        String a = idOf("", "قال الرئيس الأمريكي دونالد ترمب إنه سيزور المنطقة.", "Donald Trump");
        String b = idOf("", "قال الرئيس الأمريكي دونالد ترامب إنه سيزور المنطقة.", "Donald Trump");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void countriesAreLinkedWithPreferredEnglishNameAndCountryCode() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "وصل وفد من ألمانيا وفرنسا إلى المملكة المتحدة.", null, null);
        assertThat(x.entities()).extracting(ArticleEntity::name)
                .containsExactlyInAnyOrder("Germany", "France", "United Kingdom");
        assertThat(x.entities()).allSatisfy(e -> {
            assertThat(e.linked()).isTrue();
            assertThat(e.country()).isNotNull();
        });
    }

    @Test
    void ambiguousPlaceFollowsTheCountryTheStoryNames() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "زار الوزير الأردن، واجتمع مع المسؤولين في عمّان.", null,
                null);
        assertThat(x.entities()).extracting(ArticleEntity::name).contains("Amman").doesNotContain("Oman");
    }

    @Test
    void doubledLetterOfAVocalisedNameChoosesTheCityAndTheBareNameFollows() {
        Extraction x = SharedExtractor.INSTANCE.extract("",
                "افتتح المعرض الدولي للكتاب في عمّان أمس. ويستمر المعرض في عمان عشرة أيام.", null, null);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.LOC).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Amman");
            assertThat(e.mentions()).hasSize(2);
        });
    }

    @Test
    void vowelOfTheCountryNameKeepsTheCountry() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "وصل الوفد التجاري إلى عُمان أمس في زيارة رسمية.", null,
                null);
        assertThat(x.entities()).extracting(ArticleEntity::name).contains("Oman").doesNotContain("Amman");
    }

    @Test
    void smallGazetteerTownAfterAPlaceWordIsLinked() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "افتتحت البلدية مدرسة جديدة في بلدة عنجرة شمالي البلاد.",
                null, null);
        assertThat(x.entities()).extracting(ArticleEntity::name).contains("Anjarah");
    }

    @Test
    void smallerNamesakeInTheCountryTheStoryNamesIsPreferred() {
        Extraction x = SharedExtractor.INSTANCE.extract("",
                "وصلت قافلة المساعدات الغذائية إلى بوري في جنوب غرب إثيوبيا أمس.", null, null);
        assertThat(x.entities()).filteredOn(e -> "ET".equals(e.country()) && e.lat() != null).isNotEmpty();
        assertThat(x.entities()).noneMatch(e -> "FI".equals(e.country()));
    }

    @Test
    void majorCityKeepsItsNameInAStoryNamingTheCountryOfASmallNamesake() {
        Extraction x = SharedExtractor.INSTANCE.extract("",
                "التقى وزير خارجية الولايات المتحدة نظيره الفرنسي في باريس أمس.", null, null);
        assertThat(x.entities()).extracting(ArticleEntity::id).contains("loc:paris");
        assertThat(x.entities()).noneMatch(e -> e.lat() != null && "US".equals(e.country()));
    }

    @Test
    void armiesTakeTheirUsualEnglishNameInEveryLanguage() {
        String ar = idOf("", "أعلن الجيش الكيني أنه أنهى عملية عسكرية قرب الحدود.", "Kenya Defence Forces");
        String en = idOf("", "The Kenyan army said it had ended an operation near the border.", "Kenya Defence Forces");
        assertThat(ar).isEqualTo(en);
    }

    @Test
    void unknownTownWithAShortConsonantSkeletonIsNotTakenForAFarAwayPlace() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "قصفت المدفعية بلدة سيبان في ريف حماة الشمالي أمس.", null,
                null);
        assertThat(x.entities()).filteredOn(e -> e.mentions().get(0).text().equals("سيبان")).singleElement()
                .satisfies(e -> assertThat(e.linked()).isFalse());
    }

    @Test
    void nationalBodiesAreLinkedAcrossLanguages() {
        String ar = idOf("", "ذكرت وكالة الأنباء الكويتية أن الوفد وصل أمس.", "Kuwait News Agency");
        String en = idOf("", "The delegation arrived on Monday, the Kuwait News Agency reported.", "Kuwait News Agency");
        assertThat(ar).isEqualTo(en).isEqualTo("org:kuna");
        String bankAr = idOf("", "رفع بنك الجزائر سعر الفائدة الرئيسي.", "Bank of Algeria");
        String bankFr = idOf("", "La Banque d'Algérie a relevé son taux directeur mardi.", "Bank of Algeria");
        assertThat(bankAr).isEqualTo(bankFr);
    }

    @Test
    void bareMinistryBelongsToTheCountryWhosePlacesTheStoryNames() {
        Extraction x = SharedExtractor.INSTANCE.extract("",
                "أعلنت وزارة الصحة أن مستشفيات الدار البيضاء والرباط استقبلت المصابين، وأن فرقا من فاس وصلت إلى الرباط.",
                null, null);
        assertThat(x.entities()).extracting(ArticleEntity::name).contains("Ministry of Health (Morocco)");
    }

    @Test
    void unknownArabicSurnameOfACommonPatternIsRomanisedAsUsuallySpelled() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "وقال وزير الداخلية سمير مخلوف إن التحقيقات مستمرة.", null,
                null);
        assertThat(x.entities()).extracting(ArticleEntity::name).contains("Samir Makhlouf");
    }

    @Test
    void arabCityWrittenInScientificTransliterationTakesTheNameOfItsProvince() {
        Extraction x = SharedExtractor.INSTANCE.extract("", "افتتح الرئيس مصنعا جديدا في مدينة بني سويف أمس.", null,
                null);
        assertThat(x.entities()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Beni Suef");
            assertThat(e.lat()).isNotNull();
        });
    }

    @Test
    void unknownPeopleBecomeProvisionalEntities() {
        Extraction x = SharedExtractor.INSTANCE.extract("",
                "Health Minister Selma Okonkwo said on Monday that the clinics would reopen. Okonkwo added more.",
                null, "en");
        ArticleEntity person = x.entities().stream().filter(e -> e.type() == EntityType.PERSON).findFirst()
                .orElseThrow();
        assertThat(person.linked()).isFalse();
        assertThat(person.id()).startsWith("prov:");
        assertThat(person.name()).isEqualTo("Selma Okonkwo");
        assertThat(person.mentions()).extracting(m -> m.text()).containsExactly("Selma Okonkwo", "Okonkwo");
    }

    @Test
    void curatedEntitiesAddedToTheKnowledgeBaseAreLinkedByANewExtractor() {
        CanonicalEntity curated = new CanonicalEntity("per:selma-okonkwo", EntityType.PERSON, "Selma Okonkwo",
                Map.of("ar", List.of("سلمى أوكونكوو")), "NG", null, null);
        KnowledgeBase kb = SharedExtractor.INSTANCE.knowledge().with(List.of(curated));
        Extractor extractor = Extractor.over(kb);
        Extraction x = extractor.extract("", "قالت سلمى أوكونكوو إن العيادات ستفتح.", null, null);
        assertThat(x.entities()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo("per:selma-okonkwo");
            assertThat(e.linked()).isTrue();
        });
    }

    @Test
    void knowledgeBaseCanBeBuiltFromAPlainList() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(new CanonicalEntity("loc:atlantis", EntityType.LOC, "Atlantis",
                Map.of("fr", List.of("Atlantide")), null, 1.0, 2.0)));
        Extraction x = Extractor.over(kb).extract("", "Les explorateurs sont arrivés en Atlantide mardi.", null, "fr");
        assertThat(x.entities()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("loc:atlantis");
            assertThat(e.lat()).isEqualTo(1.0);
        });
    }
}
