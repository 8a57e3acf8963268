package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** An initial "ي" of a Dutch, German or Nordic name is its j ("يانسن" Jansen); an Arab name keeps its y. */
class InitialYaAsJTest {

    @Test
    void aDutchFamilyNameOpeningWithYaIsWrittenWithJ() {
        assertThat(SharedExtractor.names("وقال وزير الزراعة الهولندي بيتر يانسن إن المزارعين سيحصلون على دعم.", "ar",
                EntityType.PERSON)).containsExactly("Peter Jansen");
    }

    @Test
    void anArabNameOpeningWithYaKeepsItsY() {
        assertThat(SharedExtractor.names("وقال وزير الداخلية الأردني يوسف العلي إن الحدود آمنة.", "ar",
                EntityType.PERSON)).containsExactly("Youssef al-Ali");
    }
}
