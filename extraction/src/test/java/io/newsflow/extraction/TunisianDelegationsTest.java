package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 28: Tunisia's delegations (mutamadiya) in divisions.tsv link from Arabic and from the French press's
 * "délégation de ..." to the name English-language news gives them; an everyday word links only with "معتمدية".
 */
class TunisianDelegationsTest {

    @Test
    void delegationsLinkBareAndWithTheWordMutamadiya() {
        assertThat(names("اندلعت احتجاجات في سبيطلة أمس.", "ar", EntityType.LOC)).containsExactly("Sbeitla");
        assertThat(names("زار الوالي معتمدية بوحجلة أمس.", "ar", EntityType.LOC)).containsExactly("Bouhajla");
        assertThat(names("اندلع حريق في غابات عين دراهم أمس.", "ar", EntityType.LOC)).containsExactly("Ain Draham");
    }

    @Test
    void delegationsLinkFromTheFrenchPress() {
        assertThat(names("Des affrontements ont éclaté dans la délégation de Sbeïtla.", "fr", EntityType.LOC))
                .containsExactly("Sbeitla");
        assertThat(names("Le ministre s'est rendu à Hajeb El Ayoun puis à Oueslatia.", "fr", EntityType.LOC))
                .containsExactly("Hajeb El Ayoun", "Oueslatia");
        assertThat(names("Les pêcheurs de Kerkennah protestent contre la pollution.", "fr", EntityType.LOC))
                .containsExactly("Kerkennah");
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("قال الرجل إن القطار تأخر ساعة.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("زار الوالي معتمدية سيدي عيش أمس.", "ar", EntityType.LOC)).containsExactly("Sidi Aich, Tunisia");
    }
}
