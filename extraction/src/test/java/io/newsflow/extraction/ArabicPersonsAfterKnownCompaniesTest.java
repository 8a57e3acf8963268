package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A head word before a company the knowledge base names ("شركة الخطوط الجوية الكويتية"), and a word of the brand the
 * base does not hold, belong to the title of the person named after them.
 */
class ArabicPersonsAfterKnownCompaniesTest {

    @ParameterizedTest
    @CsvSource({
        "وقال رئيس مجلس إدارة شركة الخطوط الجوية الكويتية عماد الجلوي إن الشركة ستشتري طائرات., Kuwait Airways",
        "وأوضح نائب الرئيس التنفيذي لشركة طيران الإمارات كارغو عماد الجلوي أن العمل بدأ., Emirates Airline"
    })
    void thePersonAfterTheCompanyIsFound(String sentence, String company) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).containsExactly(company);
        assertThat(SharedExtractor.mentions(sentence, "ar", EntityType.PERSON)).containsExactly("عماد الجلوي");
    }
}
