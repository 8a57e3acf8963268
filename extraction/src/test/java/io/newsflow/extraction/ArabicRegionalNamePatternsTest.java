package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Arab names no list holds, spelled by the patterns they are made on and the conventions of the person's region: "أبو"
 * joined to a name, the participle CāʾiC, the tribal plurals of the Levant, the diminutive plurals, the Maghreb's French
 * "e" and "-iane", the "dh" of Iraq and the Gulf, the article after "Ould", places named with a diminutive.
 */
class ArabicRegionalNamePatternsTest {

    private static java.util.List<String> persons(String body) {
        return SharedExtractor.names(body, "ar", EntityType.PERSON);
    }

    @Test
    void abuWrittenJoinedToTheNameIsStillTheWordAbu() {
        assertThat(persons("قال وزير الداخلية الليبي خالد أبوزيد إن الحدود آمنة."))
                .containsExactly("Khaled Abu Zaid");
    }

    @Test
    void theLevantSpellsTribalPluralsWithEhAndTheLongIOfAnEndingWithEe() {
        assertThat(persons("قال وزير المياه الأردني محمد الرواشدة إن السدود ممتلئة."))
                .containsExactly("Mohammad al-Rawashdeh");
        assertThat(persons("قال وزير الزراعة الأردني خالد العبيدات إن الموسم جيد."))
                .containsExactly("Khaled al-Obaidat");
    }

    @Test
    void aDiminutivePluralIsSpelledWithUAndAi() {
        assertThat(persons("قال وزير التعليم السعودي سعد المحيسين إن العام الدراسي يبدأ غدا."))
                .containsExactly("Saad al-Muhaisin");
    }

    @Test
    void participleAndFourLetterCayyaCNamesKeepTheirVowels() {
        assertThat(persons("قال وزير العمل الأردني سائد الخطيب إن البطالة تراجعت."))
                .containsExactly("Saed al-Khatib");
        assertThat(persons("قال المتحدث العراقي ريان حسين إن الطريق مفتوح."))
                .containsExactly("Rayan Hussein");
    }

    @Test
    void maghrebNamesTakeTheFrenchEOfAnOpenSyllableAndIane() {
        assertThat(persons("قال رئيس الحزب المغربي كريم مزوار إن الانتخابات ستجرى في موعدها."))
                .containsExactly("Karim Mezouar");
        assertThat(persons("قال وزير الصناعة الجزائري فريد عليان إن المصنع سيفتتح قريبا."))
                .containsExactly("Farid Aliane");
        // The divine attribute of a compound keeps its a.
        assertThat(persons("قال وزير النقل الجزائري عبد المجيد بلقاسم إن الخط سيفتتح قريبا."))
                .containsExactly("Abdelmadjid Belkacem");
    }

    @Test
    void iraqAndTheGulfWriteDadAsDh() {
        assertThat(persons("قال وزير الصحة العراقي عامر الضاحي إن المستشفيات جاهزة."))
                .containsExactly("Amer al-Dhahi");
        assertThat(persons("قال وزير النفط الكويتي خالد الرضيان إن الإنتاج مستقر."))
                .containsExactly("Khalid al-Radhyan");
    }

    @Test
    void afterOuldTheArticleIsWrittenElOrAsTheDoubledSunLetter() {
        assertThat(persons("قال وزير المالية الموريتاني محمد ولد الحسن إن العجز تراجع."))
                .containsExactly("Mohamed Ould El Hassan");
        assertThat(persons("قال وزير الصيد الموريتاني محمد ولد الزين إن الموسم جيد."))
                .containsExactly("Mohamed Ould Ezzin");
    }

    @Test
    void aPlaceNamedWithTheDiminutiveCuCayCiCIsSpelledWithUAndAi() {
        assertThat(SharedExtractor.names("ووصلت القافلة إلى بلدة قطيبيل في شمال العراق.", "ar", EntityType.LOC))
                .contains("Qutaibil");
    }

    @Test
    void anArabPlaceWritesTheDiphthongAyAndAForeignOneItsI() {
        assertThat(SharedExtractor.names("اندلعت اشتباكات عنيفة أمس في مديرية ريحان شرق اليمن.", "ar", EntityType.LOC))
                .contains("Rayhan District");
    }

    @Test
    void aPlaceOfAMaghrebStoryIsSpelledTheFrenchWay() {
        assertThat(SharedExtractor.names("الرباط - زار وزير الفلاحة المغربي أمس بلدة بنقاسم في شمال المغرب، حيث تفقد"
                + " مشاريع الري في المغرب.", "ar", EntityType.LOC)).contains("Benkacem");
    }

    @Test
    void ainBeforeALongIIsTheVowelAi() {
        assertThat(SharedExtractor.names("صنعاء - وصل الوفد أمس إلى بلدة النعيرية في اليمن.", "ar", EntityType.LOC))
                .contains("al-Nairia");
    }
}
