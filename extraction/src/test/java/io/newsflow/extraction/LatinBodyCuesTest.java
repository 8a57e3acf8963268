package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Bodies no list holds, told by the words around them: an apposition to a kind of body before the name ("the state
 * power company, Kelvaro Norrlux, said"), "gang" or "cartel" after it, French "selon" with an article ("selon
 * la Fepaci": a person is cited bare), two acronyms joined by a hyphen, and a kind of body before a name that holds
 * a known place ("la compagnie Air Limoges Vextra"), an acronym in brackets after the name ("… wal-Muhajirin (TAVM)").
 */
class LatinBodyCuesTest {

    @Test
    void anAppositionToAKindOfBodyBeforeTheNameMakesABody() {
        assertThat(names("Norway's state power company, Kelvaro Norrlux, said exports had doubled.", "en",
                EntityType.ORG)).containsExactly("Kelvaro Norrlux");
        assertThat(names("Norway's state power company, Kelvaro Norrlux, said exports had doubled.", "en",
                EntityType.PERSON)).isEmpty();
    }

    @Test
    void aGangAfterTheNameMakesABody() {
        assertThat(names("Soldiers clashed with members of the Los Cuervos gang near the border on Monday.", "en",
                EntityType.ORG)).containsExactly("Los Cuervos");
    }

    @Test
    void selonWithAnArticleAndHyphenedAcronymsMakeBodies() {
        assertThat(names("Les cheminots ont fait grève à l'appel de la SNTB-CSTB, selon la Fepaci.", "fr",
                EntityType.ORG)).containsExactly("SNTB-CSTB", "Fepaci");
    }

    @Test
    void aKindOfBodyBeforeANameHoldingAKnownPlaceMakesABody() {
        assertThat(names("Les salariés de la compagnie Air Limoges Vextra ont entamé mercredi une grève illimitée.",
                "fr", EntityType.ORG)).containsExactly("Air Limoges Vextra");
        assertThat(names("Ottawa versera deux milliards à la société d'État Limoges Vextra Generation cette année.",
                "fr", EntityType.ORG)).containsExactly("Limoges Vextra Generation");
    }

    @Test
    void anAcronymInBracketsAfterTheNameMakesABody() {
        assertThat(names("Le Tanzim Ansar al-Velmari wal-Muhajirin (TAVM) n'a pas revendiqué l'attaque.", "fr",
                EntityType.ORG)).containsExactly("Tanzim Ansar al-Velmari wal-Muhajirin");
        assertThat(names("Le Tanzim Ansar al-Velmari wal-Muhajirin (TAVM) n'a pas revendiqué l'attaque.", "fr",
                EntityType.PERSON)).isEmpty();
    }
}
