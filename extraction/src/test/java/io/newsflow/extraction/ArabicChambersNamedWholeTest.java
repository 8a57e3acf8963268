package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a chamber headed by "مجلس" that the knowledge base names whole, with its country's adjective, wins over
 * the council the institution finder would compose from the head and its noun (which left it provisional).
 */
class ArabicChambersNamedWholeTest {

    @Test
    void chamberWithItsCountryAdjectiveLinksToThatCountrysChamber() {
        assertThat(names("صادق مجلس الشيوخ الصومالي على الاتفاق أمس.", "ar", EntityType.ORG))
                .containsExactly("Upper House (Somalia)");
        assertThat(names("انتقد مجلس الأمة الجزائري القرار في جلسة علنية.", "ar", EntityType.ORG))
                .containsExactly("Council of the Nation");
        assertThat(names("اجتمع مجلس الشورى اليمني أمس لمناقشة الموازنة.", "ar", EntityType.ORG))
                .containsExactly("Shura Council (Yemen)");
    }

    @Test
    void chamberWithoutItsCountryStaysTheComposedCouncil() {
        assertThat(names("اجتمع مجلس الشورى أمس لمناقشة الموازنة.", "ar", EntityType.ORG))
                .containsExactly("Shura Council");
    }
}
