package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * The unwritten vowels of Arab names, read from the patterns names are made on, and the spellings a region gives
 * its names (Maghreb, Somalia).
 */
class ArabicNameVowelPatternsTest {

    private static String[] persons(String body) {
        return SharedExtractor.INSTANCE.extract("", body, null, "ar").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(ArticleEntity::name).toArray(String[]::new);
    }

    @Test
    void familyNisbaOfADiminutiveIsSpelledWithUAndAi() {
        assertThat(persons("قال وزير النفط العراقي كريم الخضيري إن الإنتاج ارتفع، وأضاف النائب سعد العجيلي أن الحقول آمنة."))
                .containsExactly("Karim al-Khudhairi", "Saad al-Ojaili"); // Iraq writes ض "dh"
        assertThat(persons("أعلن وزير المالية السعودي ناصر الدريعي خطة جديدة، وقال المتحدث باسم الوزارة فهد العساكر إنها تبدأ غدا."))
                .containsExactly("Nasser al-Duraie", "Fahd al-Asaker");
    }

    @Test
    void diphthongThreeConsonantFeminineAndFinalAlefFollowTheirPatterns() {
        assertThat(persons("التقى رئيس الوزراء الأردني طلحة زيدان نظيره اللبناني قيصر عيسا في عمان."))
                .containsExactly("Talha Zaidan", "Qaisar Issa");
    }

    @Test
    void elativeFormEightParticipleAndFinalHFollowTheirPatterns() {
        assertThat(persons("قال وزير الصحة العراقي أكثم منتصر إن المستشفيات جاهزة، فيما التقى رئيس الوزراء الأردني وجيه المعتصم وفدا تجاريا."))
                .containsExactly("Aktham Muntasir", "Wajih al-Mutasim");
    }

    @Test
    void aVerbalNounOfTheTenthFormAfterATitleIsNoName() {
        assertThat(persons("وانتقد حزب الأمل المعارض استقرار الأسعار عند مستويات مرتفعة.")).isEmpty();
    }

    @Test
    void maghrebGivenNamesAbdCompoundsAndArticleTakeTheFrenchSpelling() {
        assertThat(persons("قال وزير الطاقة الجزائري كمال بلحسن إن المدير عبد الرزاق العمري سيزور وهران."))
                .containsExactly("Kamel Belhassan", "Abderrazak Lamri");
        assertThat(persons("قال وزير الداخلية الجزائري سفيان بوزيدان إن الحدود آمنة."))
                .containsExactly("Soufiane Bouzidane");
        assertThat(persons("قال وزير النقل الجزائري نادر بلخادم إن الخط الجديد سيفتتح قريبا."))
                .containsExactly("Nader Belkhadem");
    }

    @Test
    void gulfNamesWriteTheParticiplesIAndEgyptianOnesE() {
        assertThat(persons("قال وزير الطاقة القطري فهد الكواري إن الإمدادات مستقرة، فيما قال وزير المالية المصري خالد الشافعي إن العجز تراجع."))
                .containsExactly("Fahad Al Kuwari", "Khaled El-Shafei");
    }

    @Test
    void somaliNamesTakeTheSomaliSpelling() {
        assertThat(persons("قال وزير المالية الصومالي عبد الرحمن محمود إن الرئيس يوسف سعيد وصل إلى مقديشو."))
                .containsExactly("Abdirahman Mohamud", "Yusuf Said");
    }
}
