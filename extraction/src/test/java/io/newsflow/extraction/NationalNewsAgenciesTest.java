package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: the knowledge base holds the national news agencies of the UN members beyond the Arab League that
 * have one, and the major private agencies of Iran and Turkey, so an Arabic citation links to the agency's own name.
 */
class NationalNewsAgenciesTest {

    @Test
    void arabicAgencyNamedByItsCountrysAdjectiveLinksToItsOwnName() {
        assertThat(names("ونقلت وكالة الأنباء الفيتنامية عن مسؤول قوله إن الطريق أعيد فتحه.", "ar", EntityType.ORG))
                .containsExactly("Vietnam News Agency");
    }

    @Test
    void arabicAgencyNamedByItsBrandLinksToItsOwnName() {
        assertThat(names("ذكرت وكالة كازينفورم أن الاجتماع انتهى.", "ar", EntityType.ORG))
                .containsExactly("Kazinform");
        assertThat(names("ذكرت وكالة مهر للأنباء أن الاجتماع انتهى.", "ar", EntityType.ORG))
                .containsExactly("Mehr News Agency");
    }

    @Test
    void europeanAgencyNamedByItsCountrysAdjectiveLinksToItsOwnName() {
        assertThat(names("ونقلت وكالة الأنباء التشيكية عن مسؤول قوله إن الطريق أعيد فتحه.", "ar", EntityType.ORG))
                .containsExactly("Czech News Agency");
    }

    @Test
    void frenchAgencyNameLinksToTheEnglishName() {
        assertThat(names("Selon l'Agence togolaise de presse, la route a été rouverte.", "fr", EntityType.ORG))
                .containsExactly("Togolese Press Agency");
    }
}
