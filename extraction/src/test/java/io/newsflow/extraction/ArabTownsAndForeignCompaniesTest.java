package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Towns of the Arab states, their parliaments, railways and miners, and foreign companies, as Arabic news writes
 * them, are linked to their English names.
 */
class ArabTownsAndForeignCompaniesTest {

    @Test
    void aTownTheGazetteerHeldWithoutItsArabicNameIsLinked() {
        assertThat(names("افتتح مستشفى جديد في الرستاق وآخر في بعقوبة.", "ar", EntityType.LOC))
                .containsExactly("Rustaq", "Baqubah");
    }

    @Test
    void aTownTheGazetteerLacksIsLinked() {
        assertThat(names("نقلت شاحنات الإغاثة المؤن إلى تجكجة ثم إلى حاصبيا وبعدها إلى تلعفر.", "ar",
                EntityType.LOC)).containsExactly("Tidjikja", "Hasbaya", "Tal Afar");
    }

    @Test
    void aForeignCompanyAfterTheWordCompanyIsLinked() {
        assertThat(names("وقعت شركة بتروناس الماليزية وشركة هاليبرتون عقدا لحفر آبار جديدة.", "ar", EntityType.ORG))
                .containsExactly("Petronas", "Halliburton");
    }

    @Test
    void anArabNationalRailwayOrPhosphateMinerIsLinked() {
        assertThat(names("أعلنت الشركة الوطنية للسكك الحديدية التونسية استئناف الرحلات، فيما رفعت شركة مناجم الفوسفات"
                + " الأردنية إنتاجها.", "ar", EntityType.ORG))
                .containsExactly("SNCFT", "Jordan Phosphate Mines Company");
    }

    @Test
    void anArabParliamentNamedByItsOwnNameIsLinked() {
        assertThat(names("أقر المجلس الوطني الاتحادي مشروع قانون الضرائب، فيما ناقش المجلس التشريعي الفلسطيني"
                + " الموازنة.", "ar", EntityType.ORG))
                .containsExactly("Federal National Council", "Palestinian Legislative Council");
    }
}
