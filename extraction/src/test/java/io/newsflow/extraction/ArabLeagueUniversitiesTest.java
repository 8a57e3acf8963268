package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the oldest state university of every Arab League member links to the name English copy uses
 * ("University of Khartoum", not the gloss "Khartoum University"), and a university whose name holds another's
 * ("جامعة تونس المنار") keeps its whole name.
 */
class ArabLeagueUniversitiesTest {

    @Test
    void aNationalUniversityLinksToItsEnglishName() {
        assertThat(names("وقالت جامعة الخرطوم إن الدراسة استؤنفت بعد توقف طويل.", "ar", EntityType.ORG))
                .containsExactly("University of Khartoum");
    }

    @Test
    void aUniversityNamedByItsCountrysAdjectiveLinks() {
        assertThat(names("وقالت الجامعة اللبنانية إن الامتحانات أجلت.", "ar", EntityType.ORG))
                .containsExactly("Lebanese University");
    }

    @Test
    void aLongerUniversityNameIsNotReadAsTheShorter() {
        assertThat(names("وقالت جامعة تونس المنار إن المؤتمر انعقد.", "ar", EntityType.ORG))
                .containsExactly("University of Tunis El Manar");
    }
}
