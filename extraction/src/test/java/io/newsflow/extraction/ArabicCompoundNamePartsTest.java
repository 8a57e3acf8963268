package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parts of Arab names that read as other words: a given name with "الدين" is one part (Nour al-Din); after بن a
 * weekday is a name (Jumaa, Khamis) and a nationality adjective with the article a family name (al-Masri);
 * Mauritania writes "أحمدو" Ahmedou; a union (نقابة) heads a body, and its official's name follows it.
 */
class ArabicCompoundNamePartsTest {

    @ParameterizedTest
    @CsvSource({
        "وقال وزير الحكم المحلي نور الدين الصغير إن البلديات ستتلقى الدعم., Nour al-Din al-Saghir",
        "وطالب عضو مجلس الشورى حمد بن جمعة الراشدي بإصلاح الطريق., Hamad bin Jamaa al-Rashidi",
        "وقال وزير النقل سعيد بن ناصر المصري إن الطريق سيفتتح., Saeed bin Nasser al-Masri",
        "وطالب الأمين العام لنقابة عمال الموانئ أحمدو ولد محمد بزيادة الأجور., Ahmedou Ould Mohamed"
    })
    void theWholeNameIsFound(String sentence, String person) {
        assertThat(SharedExtractor.ofType(sentence, "ar", EntityType.PERSON)).singleElement()
                .extracting(ArticleEntity::name).isEqualTo(person);
    }
}
