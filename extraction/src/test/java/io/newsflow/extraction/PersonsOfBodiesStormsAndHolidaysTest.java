package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (h/enorg11), with invented names no eval or held-out set holds: a person's name before "of the" and a
 * body is the person, and the body stands alone; a graded storm and a holiday name no person; a mining house or a
 * cartel named by its last word is a body; a name before "gunmen" or "fighters" is their armed group's.
 */
class PersonsOfBodiesStormsAndHolidaysTest {

    @Test
    void aPersonBeforeOfTheIsNoPartOfTheBody() {
        assertThat(names("John Varkomi of the Tellaro Revenue Authority said taxes would rise.", "en",
                EntityType.PERSON)).containsExactly("John Varkomi");
        assertThat(names("John Varkomi of the Tellaro Revenue Authority said taxes would rise.", "en",
                EntityType.ORG)).containsExactly("Tellaro Revenue Authority");
        assertThat(names("Chief Executive Amadou Ould Vessar of the Sahel Trade Bank spoke on Monday.", "en",
                EntityType.PERSON)).containsExactly("Amadou Ould Vessar");
    }

    @Test
    void aTitleBeforeOfTheStillNamesTheBody() {
        assertThat(names("The Secretary General of the Valdrin Union spoke on Monday.", "en", EntityType.ORG))
                .containsExactly("Valdrin Union");
    }

    @Test
    void gradedStormsAndHolidaysNameNoPerson() {
        assertThat(names("Super Typhoon Kalvora hit the coast on Saturday.", "en", EntityType.PERSON)).isEmpty();
        assertThat(names("Tropical Storm Velmar weakened on Sunday.", "en", EntityType.PERSON)).isEmpty();
        assertThat(names("Liberation Day marches were held on Monday.", "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void miningHousesAndCartelsAreBodies() {
        assertThat(names("Workers at Tessaro Platinum went on strike on Monday.", "en", EntityType.ORG))
                .containsExactly("Tessaro Platinum");
        assertThat(names("Police said Valmora Cartel gunmen killed four officers.", "en", EntityType.ORG))
                .containsExactly("Valmora Cartel");
    }

    @Test
    void aNameBeforeArmedMembersIsTheirGroup() {
        assertThat(names("Abu Tessara gunmen attacked a checkpoint on Monday.", "en", EntityType.ORG))
                .containsExactly("Abu Tessara");
        assertThat(names("Abu Tessara gunmen attacked a checkpoint on Monday.", "en", EntityType.PERSON)).isEmpty();
    }
}
