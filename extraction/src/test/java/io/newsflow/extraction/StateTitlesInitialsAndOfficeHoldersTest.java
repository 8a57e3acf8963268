package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Persons after titles ending in "d'État" ("secrétaire d'État", "conseiller d'État"), "État" alone after "d'" (no
 * body), the holder of an office named in an apposition ("le PDG du groupe, X,"), middle initials ("Eskil K.
 * Brenning"), initials written tight ("M.K. Ravelonja", where "M." is no title), portfolios joined by "and" before
 * a title, and companies ending in a short acronym ("Vexxol SAF").
 */
class StateTitlesInitialsAndOfficeHoldersTest {

    @Test
    void aTitleEndingInDEtatIsFollowedByAPerson() {
        String text = "Le secrétaire d'État Jean Valmoran a rencontré le conseiller d'État Franz Oberli. La société "
                + "d'État a été vendue.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactlyInAnyOrder("Jean Valmoran", "Franz Oberli");
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void theHolderOfAnOfficeInABodyIsAPerson() {
        String text = "Le président-directeur général du groupe, Marc Dunoyer, a présenté le projet.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactly("Marc Dunoyer");
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void aMiddleInitialIsInsideTheNameButATitleAbbreviationIsNot() {
        assertThat(names("Interior Minister Eskil K. Brenning met reporters.", "en", EntityType.PERSON))
                .containsExactly("Eskil K. Brenning");
        assertThat(names("Selon M. Ravelonja, la garde a patrouillé.", "fr", EntityType.PERSON))
                .containsExactly("Ravelonja");
    }

    @Test
    void initialsWrittenTightAreNoTitle() {
        assertThat(names("Chief Minister M.K. Ravelonja met reporters.", "en", EntityType.PERSON))
                .containsExactly("M.K. Ravelonja");
    }

    @Test
    void portfoliosJoinedByAndQualifyTheTitle() {
        assertThat(names("Energy and Water Minister Paul Ngaro spoke.", "en", EntityType.PERSON))
                .containsExactly("Paul Ngaro");
        String text = "Le ministre des Postes et Télécommunications, Aline Mbarga, n'a pas réagi.";
        assertThat(names(text, "fr", EntityType.PERSON)).containsExactly("Aline Mbarga");
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void aShortAcronymEndsACompanyNotAPerson() {
        assertThat(names("Vexxol SAF a saisi le tribunal.", "fr", EntityType.ORG)).containsExactly("Vexxol SAF");
        assertThat(names("Vexxol SAF a saisi le tribunal.", "fr", EntityType.PERSON)).isEmpty();
    }

    @Test
    void aNationalityOfTwoWordsIsNoPlace() {
        assertThat(names("The repairs eased South African power cuts.", "en", EntityType.LOC)).isEmpty();
    }
}
