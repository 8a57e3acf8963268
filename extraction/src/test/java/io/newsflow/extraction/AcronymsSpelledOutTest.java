package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A body's name before its acronym in parentheses is spelled out from the acronym's letters: across an elision
 * ("droits de l'enfant"), from its capitalised first word (not a lower-case word with the same initial), and whole
 * when only the town at its end was found ("Festival international de Dakar (FID)" names the festival, not Dakar).
 */
class AcronymsSpelledOutTest {

    @Test
    void aNameWithAnElisionIsSpelledOutFromItsCapitalisedFirstWord() {
        String text = "La Passerelle pour la justice et les droits de l'enfant (PJDE) a saisi le tribunal lundi. "
                + "Selon la PJDE, trois mineurs sont détenus.";
        assertThat(names(text, "fr", EntityType.ORG)).contains("Passerelle pour la justice et les droits de l'enfant");
        assertThat(mentions(text, "fr", EntityType.ORG)).contains("PJDE", "PJDE");
    }

    @Test
    void aTypographicApostropheIsAnElisionToo() {
        String text = "L’Entraide des familles de l’arrondissement (EFA) a distribué des vivres. L’EFA compte 300 bénévoles.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Entraide des familles de l’arrondissement");
    }

    @Test
    void theAcronymNamesTheBodyNotTheTownEndingItsName() {
        String text = "Le Festival international de Dakar (FID) s'ouvre jeudi. Le FID attend 20 000 visiteurs. "
                + "La Maison des jeunes de Tamatave (MJT) a fermé ses portes.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("Festival international de Dakar",
                "Maison des jeunes de Tamatave");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }
}
