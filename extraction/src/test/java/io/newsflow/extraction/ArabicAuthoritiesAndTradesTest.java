package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * هيئة is an Authority in most Arab states' English and a Commission in Iraq's or after "supreme", "high" and "royal";
 * the trades, services and social words of bodies' names are glossed, not spelled; a body named by common words and
 * its country's adjective puts the country first.
 */
class ArabicAuthoritiesAndTradesTest {

    private static List<String> orgNames(String body) {
        return SharedExtractor.names(body, "ar", EntityType.ORG);
    }

    @Test
    void aHayaIsAnAuthority() {
        assertThat(orgNames("وقالت هيئة الطرق والجسور إن الجسر سيفتتح قريبا.")).containsExactly("Roads and Bridges Authority");
    }

    @Test
    void aHighOrRoyalHayaIsACommission() {
        assertThat(orgNames("وقالت الهيئة العليا للإغاثة إن المساعدات وصلت.")).containsExactly("High Relief Commission");
        assertThat(orgNames("وأعلنت الهيئة الملكية للتنمية خطتها.")).containsExactly("Royal Commission for Development");
    }

    @Test
    void aHayaInAnIraqiStoryIsACommission() {
        assertThat(orgNames("وقالت هيئة النقل إن الطرق بين البصرة والناصرية مفتوحة وإن البصرة آمنة."))
                .contains("Transport Commission");
    }

    @Test
    void tradesAndServicesAreGlossed() {
        assertThat(orgNames("ووقعت شركة الواحة للخدمات اللوجستية عقدا مع شركة الأمل للطاقة الشمسية."))
                .containsExactly("Al Waha Logistics Services Company", "Al Amal Solar Energy Company");
        assertThat(orgNames("وقالت قيادة شرطة البصرة إن الطرق مفتوحة.")).containsExactly("Basra Police Command");
    }

    @Test
    void aBodyOfCommonWordsPutsItsCountryFirst() {
        assertThat(orgNames("وقالت مصلحة الجمارك التونسية إن البضائع حجزت.")).containsExactly("Tunisian Customs Authority");
        assertThat(orgNames("ووقع بنك التنمية الكويتي اتفاقية.")).containsExactly("Kuwait Development Bank");
    }

    @Test
    void aUnionOfWorkersInATradeNamesTheTrade() {
        assertThat(orgNames("وقالت النقابة العامة للعاملين في الموانئ والنقل البحري إن الإضراب بدأ."))
                .containsExactly("General Union of Workers in Ports and Maritime Transport");
    }
}
