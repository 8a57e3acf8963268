package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the stock exchanges and national chambers of commerce of every Arab League member, so that "بورصة عمان"
 * is Amman's exchange (not Oman's) and "سوق دبي المالي" is found at all.
 */
class ArabLeagueExchangesAndChambersTest {

    @Test
    void ammansExchangeIsNotOmans() {
        assertThat(names("وتراجعت بورصة عمان في ختام تعاملات الأسبوع.", "ar", EntityType.ORG))
                .containsExactly("Amman Stock Exchange");
    }

    @Test
    void anExchangeCalledAMarketLinks() {
        assertThat(names("وارتفع مؤشر سوق دبي المالي بنسبة واحد في المئة.", "ar", EntityType.ORG))
                .containsExactly("Dubai Financial Market");
    }

    @Test
    void aFederationOfChambersLinks() {
        assertThat(names("وقال اتحاد الغرف السعودية إن الصادرات ارتفعت.", "ar", EntityType.ORG))
                .containsExactly("Federation of Saudi Chambers");
    }
}
