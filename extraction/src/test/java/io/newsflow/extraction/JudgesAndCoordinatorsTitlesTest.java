package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Titles of judges and of Commonwealth and UN offices are no part of the name that follows ("Justice Ann Wekesa",
 * "Energy Cabinet Secretary Tobias Rendo", "the UN Resident Coordinator, Lena Oltmann,"); "Justice" before "and" is a
 * word of a party's name, not a title.
 */
class JudgesAndCoordinatorsTitlesTest {

    @Test
    void judgesAndCabinetSecretariesAreNamedWithoutTheirTitles() {
        String text = "Justice Ann Wekesa granted the injunction, Energy Cabinet Secretary Tobias Rendo said.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactlyInAnyOrder("Ann Wekesa", "Tobias Rendo");
        assertThat(names(text, "en", EntityType.ORG)).isEmpty();
    }

    @Test
    void aCoordinatorIsATitleNotAPerson() {
        assertThat(names("The UN Resident Coordinator, Lena Oltmann, said teams were ready.", "en",
                EntityType.PERSON)).containsExactly("Lena Oltmann");
    }

    @Test
    void justiceBeforeAndOpensAPartysName() {
        assertThat(names("The Justice and Development Party won the vote.", "en", EntityType.ORG))
                .containsExactly("Justice and Development Party");
    }
}
