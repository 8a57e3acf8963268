package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A title inside a run of capitals ends what qualifies it and opens the holder's name; an acronym written as a word
 * ("(Firca)") names the body its initials spell; "la direction de X" names a firm; Canada's departments are named
 * "<domain> Canada" in English and French, also two joined by "and"/"et".
 */
class TitlesInRunsWordedAcronymsAndDepartmentsTest {

    @Test
    void wordsBeforeMinisterQualifyTheTitleAndThePersonFollows() {
        String text = "Union Shipping Minister Rabindra Kotwal said he was ready to release funds.";
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Rabindra Kotwal");
        assertThat(names(text, "en", EntityType.ORG)).isEmpty();
    }

    @Test
    void aBodyBeforeAnotherTitleIsNamedBesideItsHolder() {
        String text = "Vextral Airways Chief Executive Allan Kilvoro said the route would reopen.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Vextral Airways");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Allan Kilvoro");
    }

    @Test
    void anAcronymWrittenAsAWordNamesTheBodyItsInitialsSpell() {
        String text = "Le Fonds interprofessionnel pour la recherche et le conseil agricoles (Firca) s'est dit prêt à "
                + "financer l'usine. Le Firca versera deux millions.";
        assertThat(names(text, "fr", EntityType.ORG))
                .containsExactly("Fonds interprofessionnel pour la recherche et le conseil agricoles");
    }

    @Test
    void aCapitalisedWordInParenthesesThatSpellsNothingIsNoAcronym() {
        String text = "Le ministre a reçu Jean Valmoran (Dakar) et les représentants des producteurs.";
        assertThat(names(text, "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void theManagementOfAFirmNamesTheFirmWhereverItIsNamed() {
        String text = "Le maire a rencontré mardi la direction de Vextralin au siège du groupe. « Clermont-Ferrand et "
                + "Vextralin, c'est une longue histoire », a-t-il dit. Le camion roulait en direction de Thiers.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("Vextralin");
        assertThat(names(text, "fr", EntityType.LOC)).containsExactly("Clermont-Ferrand", "Thiers");
    }

    @Test
    void twoDepartmentsJoinedByAndAreTwoBodies() {
        String text = "The minister said Health Canada and Justice Canada would review the rules before winter.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Health Canada", "Justice Canada");
        assertThat(names(text, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void frenchDepartmentNamesAreBodies() {
        String text = "Le ministère a indiqué que Pêches et Océans Canada a fermé la pêche. Selon lui, Santé Canada et "
                + "Transports Canada ont publié un avis jeudi dernier.";
        assertThat(names(text, "fr", EntityType.ORG))
                .containsExactly("Pêches et Océans Canada", "Santé Canada", "Transports Canada");
    }
}
