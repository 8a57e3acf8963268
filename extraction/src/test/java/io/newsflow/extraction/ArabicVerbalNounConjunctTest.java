package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A body's second remit joined by و may be a verbal noun taf'īl of a root ending in ن ("التخزين", "التموين"), which
 * ends as a plural of people does; it is part of the name, while a plural of people still starts the next item.
 */
class ArabicVerbalNounConjunctTest {

    @Test
    void storageIsTheCompanysSecondRemit() {
        String text = "وقعت الهيئة أمس عقدا مع شركة النيل للنقل والتخزين لنقل الشحنات إلى الميناء.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("شركة النيل للنقل والتخزين");
    }

    @Test
    void supplyIsTheCompanysSecondRemit() {
        String text = "وأعلنت الشركة العامة للتجارة والتموين توزيع الحصص على الأسر.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG))
                .containsExactly("الشركة العامة للتجارة والتموين");
    }

    @Test
    void citizensAreNoPartOfTheName() {
        String text = "ودعت الجمعية الوطنية للإغاثة والمواطنين إلى التبرع.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.ORG)).containsExactly("الجمعية الوطنية للإغاثة");
    }
}
