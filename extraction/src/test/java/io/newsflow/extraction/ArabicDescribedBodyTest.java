package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Phrases on a body's head that describe rather than name are no body (a programme of an indefinite verbal noun, the
 * central government), and مكافحة and election bodies take the wire's wording ("Anti-Corruption", "Commission").
 * Names in no seen set.
 */
class ArabicDescribedBodyTest {

    @Test
    void aProgrammeOfAnIndefiniteNounIsNoBody() {
        String text = "وقالت الوزارة إن برنامج دعم صغار المزارعين سيتوسع العام المقبل، فيما قال برنامج الأغذية العالمي "
                + "إنه سيساعد.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("World Food Programme");
    }

    @Test
    void theCentralGovernmentIsNoBody() {
        String text = "وطالب مجلس محافظة البصرة الحكومة المركزية بزيادة المخصصات.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString().contains("Basra")
                .doesNotContain("Central");
    }

    @Test
    void anAntiCorruptionCommissionIsWordedAsTheWireDoes() {
        String text = "وقالت لجنة مكافحة الفساد الزامبية إنها استجوبت مسؤولين.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString()
                .contains("Anti-Corruption Commission");
    }

    @Test
    void anElectoralCommitteeIsACommission() {
        String text = "وأعلنت اللجنة الانتخابية الزامبية موعد الاقتراع.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString()
                .endsWith("Electoral Commission");
    }
}
