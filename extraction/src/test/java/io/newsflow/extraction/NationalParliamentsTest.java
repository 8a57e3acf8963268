package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: the knowledge base holds the national parliament, and its upper house where there is one, of every Arab
 * League member, Iran, Turkey and Israel, so a chamber named by its country links to its official English name.
 */
class NationalParliamentsTest {

    @Test
    void arabicParliamentNamedByItsCountryLinksToTheChamber() {
        assertThat(names("صادق البرلمان الموريتاني على القانون أمس.", "ar", EntityType.ORG))
                .containsExactly("National Assembly (Mauritania)");
        assertThat(names("صادق البرلمان التركي على مشروع القانون أمس.", "ar", EntityType.ORG))
                .containsExactly("Grand National Assembly of Turkey");
    }

    @Test
    void englishAndFrenchNamesLinkToTheSameChamber() {
        assertThat(names("The Egyptian Senate passed the law on Tuesday.", "en", EntityType.ORG))
                .containsExactly("Senate (Egypt)");
        assertThat(names("Le Parlement turc a voté la loi mardi.", "fr", EntityType.ORG))
                .containsExactly("Grand National Assembly of Turkey");
    }
}
