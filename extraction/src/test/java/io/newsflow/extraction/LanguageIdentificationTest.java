package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageIdentificationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "ar | أعلنت وزارة الخارجية أن الوزير سيزور العاصمة الأسبوع المقبل لبحث التعاون.",
        "en | The foreign ministry said the minister would visit the capital next week for talks.",
        "fr | Le ministère des Affaires étrangères a indiqué que le ministre se rendra dans la capitale.",
        "es | El ministro de Asuntos Exteriores dijo que la reunión se celebrará en la capital.",
        "fa | وزیر امور خارجه گفت که این گفتگوها در پایتخت برگزار خواهد شد و پیشرفت کرد.",
        "und | Zzzx qwrt plmk"
    })
    void languageIsIdentifiedOrLeftUndetermined(String expected, String text) {
        assertThat(SharedExtractor.INSTANCE.extract("", text, null, null).language()).isEqualTo(expected.strip());
    }
}
