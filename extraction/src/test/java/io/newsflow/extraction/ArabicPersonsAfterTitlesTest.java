package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What lies between an Arabic title and the name: a feminine adjective, the body a member sits in, the building a
 * director runs; and names that look like other words (a nationality before بن, Anna written like the pronoun "I",
 * Basem after a body written like "on behalf of").
 */
class ArabicPersonsAfterTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وقالت المفوضة الأوروبية آنا لينديمان إن الاتحاد سيتحرك.|آنا لينديمان",
        "واستقبل أمير المنطقة الأمير تركي بن ماجد الوفد الزائر.|تركي بن ماجد",
        "وقالت النائبة في البرلمان التونسي سلمى الزواري إن القانون مجحف.|سلمى الزواري",
        "وقال عضو المكتب السياسي لحركة فتح باسم الحوراني إن الحركة منفتحة.|باسم الحوراني",
        "وقال مدير مستشفى الأمل الطبيب خالد الرفاعي إن المستشفى مكتظ.|خالد الرفاعي"})
    void thePersonAfterTheTitleIsFoundWhole(String body, String mention) {
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.PERSON)).containsExactly(mention);
    }
}
