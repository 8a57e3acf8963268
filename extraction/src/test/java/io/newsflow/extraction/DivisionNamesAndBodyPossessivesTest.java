package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static io.newsflow.extraction.SharedExtractor.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25: a division named with and without its English division word in one story is one place, and a body's
 * possessive ends the body's name, an acronym before a town is an institution there; the names are in no eval or
 * held-out set.
 */
class DivisionNamesAndBodyPossessivesTest {

    @Test
    void aDivisionWithAndWithoutItsDivisionWordIsOnePlace() {
        String text = "Karnali chief minister meets hoteliers. Karnali Province Chief Minister Aro Pandit met owners.";
        assertThat(ofType(text, "en", EntityType.LOC)).hasSize(1);
        assertThat(mentions(text, "en", EntityType.LOC)).containsExactlyInAnyOrder("Karnali", "Karnali Province");
    }

    @Test
    void aBodysPossessiveEndsItsName() {
        assertThat(names("He visited Orrin University's Tamsey campus on Monday.", "en", EntityType.ORG))
                .containsExactly("Orrin University");
    }

    @Test
    void anAcronymBeforeATownIsAnInstitutionThere() {
        assertThat(names("Le ministre a rencontré le directeur de l'EPF Lausanne, Jan Peeters, mardi.", "fr",
                EntityType.ORG)).containsExactly("EPF Lausanne");
    }
}
