package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: the knowledge base holds the national police or public security force of every Arab League member, so
 * "الشرطة الكويتية" links to the force's English name rather than a provisional gloss.
 */
class ArabLeaguePoliceForcesTest {

    @Test
    void arabicPoliceNamedByItsCountryLinksToTheForce() {
        assertThat(names("وأعلنت الشرطة الكويتية القبض على عصابة لتهريب المخدرات.", "ar", EntityType.ORG))
                .containsExactly("Kuwait Police");
    }

    @Test
    void frenchPoliceNamedByItsCountryLinksToTheForce() {
        assertThat(names("La police soudanaise a dispersé les manifestants lundi.", "fr", EntityType.ORG))
                .containsExactly("Sudan Police Force");
    }
}
