package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A word that sounds like a small town abroad is that town only when the story gives a reason for it, and a town of the
 * gazetteer is read as either word of a pair after "بين".
 */
class ArabicPlaceNamesakesAndBetweenPairsTest {

    @Test
    void aTownAbroadWhoseCountryIsNamedOnlyInAnotherSentenceIsNotTakenOnSound() {
        String body = "عادت الأسر من مخيمي بولاتلي وإتيمسغوت إلى قراها في محافظة دهوك شمال العراق.\n"
                + "وطالب المتحدث تركيا بوقف القصف.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.LOC)).contains("بولاتلي", "إتيمسغوت");
        assertThat(SharedExtractor.names(body, "ar", EntityType.LOC)).doesNotContain("Polatlı", "Etimesgut");
    }

    @Test
    void theAlOfATownAbroadIsNotTheArticle() {
        String body = "انتشرت قوات الأمن في قرية كوركون غرب المنيا في مصر.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.LOC)).contains("كوركون");
        assertThat(SharedExtractor.names(body, "ar", EntityType.LOC)).doesNotContain("Alcorcón");
    }

    @Test
    void aTownIsEitherWordOfAPairAfterBetween() {
        assertThat(SharedExtractor.mentions("قطعت السيول الطريق بين نفطة وحزوة أمس.", "ar", EntityType.LOC))
                .contains("نفطة", "حزوة");
    }
}
