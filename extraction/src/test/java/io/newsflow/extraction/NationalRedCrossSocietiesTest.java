package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: the knowledge base holds the Red Cross or Red Crescent society of every country, so an Arabic mention
 * ("جمعية الهلال الأحمر الأفغاني") links to the society's official English name rather than a word-by-word gloss.
 */
class NationalRedCrossSocietiesTest {

    @Test
    void arabicRedCrescentSocietyLinksToItsOfficialName() {
        assertThat(names("وزعت جمعية الهلال الأحمر الأفغاني الخيام على الأسر المتضررة.", "ar", EntityType.ORG))
                .containsExactly("Afghan Red Crescent Society");
    }

    @Test
    void arabicRedCrossSocietyLinksToItsOfficialName() {
        assertThat(names("قال الصليب الأحمر الإثيوبي إن فرقه وصلت إلى المنطقة.", "ar", EntityType.ORG))
                .containsExactly("Ethiopian Red Cross Society");
    }

    @Test
    void anAdjectiveAgreeingWithTheSocietyNamesTheSameSociety() {
        assertThat(names("قالت جمعية الصليب الأحمر المالاوية إن فرقها وصلت إلى المنطقة.", "ar", EntityType.ORG))
                .containsExactly("Malawi Red Cross Society");
    }

    @Test
    void englishAndFrenchAliasesLinkToTheSameSociety() {
        assertThat(names("The Indonesian Red Cross sent rescue teams on Monday.", "en", EntityType.ORG))
                .containsExactly("Indonesian Red Cross Society (PMI)");
        assertThat(names("Le Croissant-Rouge pakistanais a envoyé des équipes lundi.", "fr", EntityType.ORG))
                .containsExactly("Pakistan Red Crescent Society");
    }
}
