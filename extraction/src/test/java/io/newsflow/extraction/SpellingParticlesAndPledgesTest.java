package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EntityType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spellings of names Arabic copy transcribes (x as "كس", ch as "تش", four-consonant family names, towns ending in و),
 * name particles of two words and currency signs in Latin copy, pledges, and a headline that names the country
 * of the story's town.
 */
class SpellingParticlesAndPledgesTest {

    private static final Instant PUBLISHED = Instant.parse("2025-06-10T08:00:00Z");

    private static List<String> names(String title, String body, String lang, EntityType type) {
        return SharedExtractor.INSTANCE.extract(title, body, PUBLISHED, lang).entities().stream()
                .filter(e -> e.type() == type).map(ArticleEntity::name).toList();
    }

    private static List<String> codes(String title, String body, String lang) {
        return SharedExtractor.INSTANCE.extract(title, body, PUBLISHED, lang).events().stream()
                .map(ArticleEvent::type).toList();
    }

    @Test
    void kafSinIsAnXAndTaShinAChInForeignNames() {
        assertThat(names("", "قال وزير الخارجية الكندي ماكسيم بيرنييه إن الاتفاق مهم.", "ar", EntityType.PERSON))
                .singleElement().asString().startsWith("Maxime ");
        assertThat(names("", "قالت رئيسة نيكاراغوا فيوليتا تشامورو إن الاتفاق مهم.", "ar", EntityType.PERSON))
                .singleElement().asString().endsWith(" Chamorro");
    }

    @Test
    void fourConsonantsWithoutALongVowelReadCaCCaC() {
        assertThat(names("", "قال الوزير محمد فرحت إن الاتفاق مهم.", "ar", EntityType.PERSON))
                .containsExactly("Mohammed Farhat");
    }

    @Test
    void aTwoWordParticleStaysInsideAPersonsNameButNotInAPlace() {
        assertThat(names("", "Le maire Francisco de la Torre a reçu les élus.", "fr", EntityType.PERSON))
                .containsExactly("Francisco de la Torre");
        assertThat(names("", "Les pêcheurs de la Isla de la Juventud ont manifesté.", "fr", EntityType.PERSON))
                .isEmpty();
    }

    @Test
    void lettersAgainstADollarSignAreACurrency() {
        String text = "The insurer paid HK$3 million to the families.";
        assertThat(SharedExtractor.INSTANCE.extract("", text, PUBLISHED, "en").entities()).isEmpty();
    }

    @Test
    void pledgesToSendGiveOrPayAreIntentToCooperate() {
        assertThat(codes("", "Liechtenstein will send two police officers to the mission next month, the minister "
                + "said.", "en")).containsExactly("03");
        assertThat(codes("", "Le gouvernement liechtensteinois versera 20 millions d'euros aux agriculteurs "
                + "sinistrés.", "fr")).containsExactly("03");
        assertThat(codes("", "La ministre se rendra jeudi à Vaduz.", "fr")).containsExactly("04");
    }

    @Test
    void aHeadlineNamingTheCountryIsTheSameMeetingAsTheStorysInItsCapital() {
        assertThat(codes("Ministers hold talks in Liechtenstein",
                "VADUZ, June 10 - The two ministers held talks in Vaduz on Tuesday on banking rules.", "en"))
                .containsExactly("04");
    }
}
