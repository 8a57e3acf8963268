package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * French titles of company heads, prefects and Belgian and Swiss offices introduce a person and are no part of the
 * name; after "au" a titled name is a person, not a place ("au PDG Tobias Rendo").
 */
class FrenchOfficeTitlesTest {

    @Test
    void frenchOfficeTitlesIntroduceAPerson() {
        String text = "Le ministre a écrit au PDG Tobias Rendo. Le préfet Lena Oltmann et le bourgmestre Ann Wekesa ont "
                + "répondu.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactlyInAnyOrder("Tobias Rendo", "Lena Oltmann",
                "Ann Wekesa");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }
}
