package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 28: Algeria's daïras in divisions.tsv link from Arabic and French to the name English-language news gives
 * them; an everyday word links only with "دائرة".
 */
class AlgerianDairasTest {

    @Test
    void dairasLinkBareAndWithTheWordDaira() {
        assertThat(names("وصل الوفد إلى شرشال ثم إلى قوراية أمس.", "ar", EntityType.LOC))
                .containsExactly("Cherchell", "Gouraya");
        assertThat(names("وقع زلزال بقوة أربع درجات في خراطة أمس.", "ar", EntityType.LOC)).containsExactly("Kherrata");
        assertThat(names("زار الوزير دائرة سيدي عيش أمس.", "ar", EntityType.LOC)).containsExactly("Sidi Aich");
    }

    @Test
    void dairasLinkFromTheFrenchPress() {
        assertThat(names("Le chef de daïra de Bordj Menaïel a reçu les habitants.", "fr", EntityType.LOC))
                .containsExactly("Bordj Menaiel");
        assertThat(names("Des coupures d'eau sont signalées à Bir El Djir et à Gdyel.", "fr", EntityType.LOC))
                .containsExactly("Bir El Djir", "Gdyel");
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("وصل الوالي إلى دائرة الخروب أمس.", "ar", EntityType.LOC)).containsExactly("El Khroub");
        assertThat(names("قال إن الخروب مفيد للصحة.", "ar", EntityType.LOC)).isEmpty();
    }
}
