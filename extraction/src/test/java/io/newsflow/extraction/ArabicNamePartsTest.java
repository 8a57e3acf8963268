package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arab people named in Arabic copy, as an English reader spells them: names that run on through a second "بن" or a
 * family name opened by "أبو", a governor named after his state, frequent family names from the table, a verb after
 * a title that is no name, a company in a title that ends where the name begins, Egyptian "Abdel Rahman", Tunisian
 * "dh"; a body's short name in parentheses, bodies for a purpose ("للتنمية") and public prosecutions; places named
 * with their kind (palaces, camps, ports named after a person).
 */
class ArabicNamePartsTest {

    private static List<String> names(String body, EntityType type) {
        return SharedExtractor.ofType(body, "ar", type).stream().map(ArticleEntity::name).toList();
    }

    private static List<String> mentions(String body, EntityType type) {
        return SharedExtractor.mentions(body, "ar", type);
    }

    @Test
    void aNameRunsOnThroughASecondBinAndThroughAbu() {
        assertThat(mentions("وقال وزير المالية الكويتي فهد بن سعود بن مشعل إن الميزانية ستتحسن.", EntityType.PERSON))
                .containsExactly("فهد بن سعود بن مشعل");
        assertThat(mentions("قال المتحدث باسم الشرطة محمد ياسين أبو شقرة إن التحقيق مستمر.", EntityType.PERSON))
                .containsExactly("محمد ياسين أبو شقرة");
    }

    @Test
    void aGovernorNamedAfterHisStateIsFoundAfterIt() {
        String body = "وقال والي ولاية سنار عمر الزبيدي إن الأوضاع مستقرة.";
        assertThat(mentions(body, EntityType.PERSON)).containsExactly("عمر الزبيدي");
        assertThat(mentions(body, EntityType.LOC)).containsExactly("سنار");
    }

    @Test
    void frequentFamilyNamesAreSpelledTheUsualWay() {
        assertThat(names("وقال وزير العمل السعودي أحمد بن سليمان الراجحي إن البطالة تراجعت.", EntityType.PERSON))
                .containsExactly("Ahmed bin Sulaiman al-Rajhi");
        assertThat(names("وقال وزير الداخلية العماني حمود بن فيصل البوسعيدي إن التحقيق مستمر.", EntityType.PERSON))
                .containsExactly("Hamoud bin Faisal Al Busaidi");
    }

    @Test
    void aVerbAfterATitleIsNoName() {
        assertThat(names("وزيرة الصحة الفرنسية تزور المستشفى الجامعي غدا.", EntityType.PERSON)).isEmpty();
        assertThat(names("يستقبل وزير الاقتصاد الكوري ويشهد توقيع الاتفاق.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aTwoWordNationalityBelongsToTheTitle() {
        assertThat(mentions("قال وزير الخارجية الكوري الجنوبي بارك جين إن المحادثات مثمرة.", EntityType.PERSON))
                .containsExactly("بارك جين");
    }

    @Test
    void palacesCampsAndPortsKeepTheirKindInTheName() {
        assertThat(SharedExtractor.ofType("واستقبل الملك ضيفه في قصر الصخير أمس.", "ar", EntityType.LOC))
                .singleElement().satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
                        .containsExactly("قصر الصخير"));
        assertThat(mentions("وزار الوفد ميناء راشد بن سعيد أمس.", EntityType.LOC)).containsExactly("ميناء راشد بن سعيد");
    }

    @Test
    void aCompanyInATitleEndsWhereThePersonsNameBegins() {
        String body = "وقال المدير التنفيذي لشركة نفط الكويت سالم الدوسري إن الإنتاج ارتفع.";
        assertThat(names(body, EntityType.PERSON)).containsExactly("Salem al-Dosari");
        assertThat(mentions(body, EntityType.ORG)).containsExactly("شركة نفط الكويت");
    }

    @Test
    void prosecutionAndPurposeBodiesAreNamedInEnglish() {
        assertThat(names("وأعلنت النيابة العامة الأردنية أمس فتح تحقيق.", EntityType.ORG))
                .containsExactly("Jordanian Public Prosecution");
        assertThat(names("وقالت الهيئة الأردنية للتنمية إن المشروع سيبدأ.", EntityType.ORG)).singleElement()
                .asString().endsWith(" for Development");
    }

    @Test
    void aShortNameInParenthesesAfterABodyIsThatBody() {
        String body = "وأعلنت شركة النفط العمانية (أوبكو) أمس أن الإنتاج ارتفع، وقالت أوبكو إن الصادرات ستزيد.";
        assertThat(SharedExtractor.ofType(body, "ar", EntityType.ORG)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text()).contains("أوبكو"));
        assertThat(names(body, EntityType.LOC)).isEmpty();
    }

    @Test
    void egyptWritesListedAbdCompoundsAsAbdelButAbdullah() {
        assertThat(names("قال وزير المالية المصري عبد الرحمن الشافعي إن العجز تراجع.", EntityType.PERSON))
                .singleElement().asString().startsWith("Abdel Rahman ");
        assertThat(names("قال وزير المالية المصري عبد الله الشافعي إن العجز تراجع.", EntityType.PERSON))
                .singleElement().asString().startsWith("Abdullah ");
    }

    @Test
    void tunisianNamesWriteDhForDad() {
        assertThat(names("وقال وزير التجارة التونسي فاضل الحفيظي إن الأسعار مستقرة.", EntityType.PERSON))
                .singleElement().asString().startsWith("Fadhel ");
    }

    @Test
    void sitInsSeizuresAndPledgesInArabic() {
        assertThat(SharedExtractor.codes("ونفذ العمال أمس اعتصاما أمام مقر الشركة.", "ar")).containsExactly("14");
        assertThat(SharedExtractor.codes("وحجزت الجمارك أمس شحنة من السجائر المهربة.", "ar")).containsExactly("17");
        assertThat(SharedExtractor.codes("وأعلنت المنظمة أنها ستقدم دعما طبيا للمستشفيات.", "ar")).containsExactly("03");
    }

    @Test
    void aKnownGivenNameInTheThirdSlotIsTheGrandfathers() {
        assertThat(mentions("ترأس حاكم الإقليم عيسى يوسف محمد ومسؤولو المفوضية اجتماعا.", EntityType.PERSON))
                .containsExactly("عيسى يوسف محمد");
        assertThat(mentions("وقال مديرها العام أحمد سالم أمين الكعبي إن العقد مهم.", EntityType.PERSON))
                .containsExactly("أحمد سالم أمين الكعبي");
    }

    @Test
    void aGivenNameThatIsAlsoAPrepositionStaysInsideAName() {
        assertThat(mentions("استقبل محافظ البصرة كريم خلف الساعدي وفدا من الشركة.", EntityType.PERSON))
                .containsExactly("كريم خلف الساعدي");
    }

    @Test
    void aNationalityAdjectiveAfterAGivenNameIsTheFamilyName() {
        assertThat(names("ومن المقرر أن يزور وزير الزراعة وليد المصري محافظة عجلون الأحد المقبل.", EntityType.PERSON))
                .containsExactly("Walid al-Masri");
        assertThat(names("واعتمد الوزير على المصري في المفاوضات.", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aTitleWordAfterAbdIsTheRestOfTheGivenName() {
        assertThat(names("ومن المقرر أن يزور وزير النقل عبد الأمير الساعدي البصرة السبت.", EntityType.PERSON))
                .containsExactly("Abdulamir al-Saadi");
    }
}
