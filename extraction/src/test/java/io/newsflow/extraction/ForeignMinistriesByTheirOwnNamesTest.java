package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a foreign ministry whose usual English name is not "Ministry of Foreign Affairs" is named as the
 * knowledge base names it, however the mention composes it; the others keep the composed name.
 */
class ForeignMinistriesByTheirOwnNamesTest {

    @Test
    void arabicForeignMinistryWithANationalityTakesTheBodysOwnName() {
        assertThat(names("قالت وزارة الخارجية الأسترالية إن المفاوضات ستستأنف.", "ar", EntityType.ORG))
                .containsExactly("Department of Foreign Affairs and Trade (Australia)");
        assertThat(names("وقالت الخارجية السويسرية إن المفاوضات ستستأنف.", "ar", EntityType.ORG))
                .containsExactly("Federal Department of Foreign Affairs (Switzerland)");
    }

    @Test
    void englishAndFrenchCompositionsGiveWayToTheBodysOwnName() {
        assertThat(names("The Austrian Foreign Ministry said the talks would resume.", "en", EntityType.ORG))
                .containsExactly("Federal Ministry for European and International Affairs");
        assertThat(names("Le ministère suédois des Affaires étrangères a annoncé la reprise des pourparlers.", "fr",
                EntityType.ORG)).containsExactly("Ministry for Foreign Affairs (Sweden)");
    }

    @Test
    void aFemaleMinistersTitleIsNotTheMinistry() {
        assertThat(names("وصلت وزيرة الخارجية الأسترالية إلى المدينة أمس.", "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aMinistryOfForeignAffairsKeepsTheComposedName() {
        assertThat(names("قالت وزارة الخارجية اليابانية إن المفاوضات ستستأنف.", "ar", EntityType.ORG))
                .containsExactly("Ministry of Foreign Affairs (Japan)");
    }
}
