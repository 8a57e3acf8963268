package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * دائرة and إدارة head a state's department only before its remit; they are also a constituency and a management.
 * A country's department is named with the country's name, as English wire copy does. Names in no seen set.
 */
class ArabicDepartmentTest {

    @Test
    void aCountrysDepartmentIsNamedWithTheCountry() {
        String text = "وقالت إدارة الأرصاد الجوية الأوغندية إن الأمطار ستستمر.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG))
                .containsExactly("Uganda Meteorological Department");
    }

    @Test
    void aDepartmentOfARemitIsABody() {
        String text = "وقالت دائرة السجون إن النزلاء نقلوا إلى مبنى جديد.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("Prisons Department");
    }

    @Test
    void aConstituencyAndAManagementAreNoBodies() {
        String text = "وانتقد مرشحو الدائرة الانتخابية الثالثة إدارة الأزمة وسوء إدارة الجمارك في الموانئ.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).isEmpty();
    }
}
