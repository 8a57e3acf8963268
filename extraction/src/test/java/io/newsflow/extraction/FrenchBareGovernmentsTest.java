package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** "le gouvernement fédéral", "le gouvernement de transition" are the government of the country the story is about. */
class FrenchBareGovernmentsTest {

    @Test
    void theFederalGovernmentIsTheStoryCountrysGovernment() {
        String text = "À Winnipeg, les agriculteurs du Manitoba ont manifesté. Le gouvernement fédéral a promis une "
                + "aide à Winnipeg et à Brandon.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Government of Canada");
    }

    @Test
    void theTransitionalGovernmentIsTheStoryCountrysGovernment() {
        String text = "À Bamako, le gouvernement de transition a annoncé des mesures, selon des sources à Kayes et "
                + "à Sikasso.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Government of Mali");
    }
}
