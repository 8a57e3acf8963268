package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the UN system bodies and the international humanitarian and rights NGOs working in the Arab world that
 * organisations.tsv lacked link from their Arabic names.
 */
class UnSystemAndHumanitarianNgosTest {

    @Test
    void aRegionalCommissionLinksByItsAcronym() {
        assertThat(names("وحذرت الإسكوا من تفاقم البطالة في المنطقة.", "ar", EntityType.ORG))
                .containsExactly("ESCWA");
    }

    @Test
    void aRelatedOrganisationLinks() {
        assertThat(names("وقالت منظمة حظر الأسلحة الكيميائية إن المفتشين وصلوا.", "ar", EntityType.ORG))
                .containsExactly("Organisation for the Prohibition of Chemical Weapons");
    }

    @Test
    void anNgoSpelledByItsEnglishNameLinks() {
        assertThat(names("وقالت ميرسي كور إن الوضع الإنساني كارثي.", "ar", EntityType.ORG))
                .containsExactly("Mercy Corps");
    }
}
