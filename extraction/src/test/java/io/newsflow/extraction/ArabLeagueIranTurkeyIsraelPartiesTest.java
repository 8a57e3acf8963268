package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: the knowledge base holds the main political parties of the Arab League members, Iran, Turkey and
 * Israel, so an Arabic party name links to the party's usual English name rather than a word-by-word gloss.
 */
class ArabLeagueIranTurkeyIsraelPartiesTest {

    @Test
    void arabicPartyNameLinksToItsUsualEnglishName() {
        assertThat(names("قال حزب الأصالة والمعاصرة إنه سيشارك في الحكومة.", "ar", EntityType.ORG))
                .containsExactly("Authenticity and Modernity Party");
        assertThat(names("انتقد حزب الحركة القومية قرار المحكمة.", "ar", EntityType.ORG))
                .containsExactly("Nationalist Movement Party");
    }

    @Test
    void aPartyNamedWithItsCountrysAdjectiveIsThatCountrysParty() {
        assertThat(names("قال حزب العدالة والتنمية المغربي إنه سيشارك في الانتخابات.", "ar", EntityType.ORG))
                .containsExactly("Justice and Development Party (Morocco)");
    }

    @Test
    void englishAndFrenchNamesLinkToTheSameParty() {
        assertThat(names("The Patriotic Union of Kurdistan rejected the budget.", "en", EntityType.ORG))
                .containsExactly("Patriotic Union of Kurdistan");
        assertThat(names("Le Rassemblement national démocratique a rejeté le budget.", "fr", EntityType.ORG))
                .containsExactly("Democratic National Rally");
    }
}
