package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * French bodies read from a capitalised head stop at the verb after them ("estime" is no adjective like
 * "maritime"), run on through hyphenated adjectives ("anti-fraude"), may be headed by "Opérateur", and ministries of
 * fisheries and public works take their portfolio.
 */
class FrenchBodyVerbsAndHyphenatedAdjectivesTest {

    @Test
    void aVerbAfterABodyIsNoPartOfItsName() {
        assertThat(names("L'Administration portuaire de Quenneville estime que 300 conteneurs sont bloqués.", "fr",
                EntityType.ORG)).containsExactly("Administration portuaire de Quenneville");
    }

    @Test
    void hyphenatedAdjectivesAndOperatorsContinueABody() {
        assertThat(names("La Commission nationale anti-fraude a ouvert une enquête, et la direction de l'Opérateur "
                + "de transport de Valmorin a réduit les lignes.", "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                        "Commission nationale anti-fraude", "Opérateur de transport de Valmorin");
    }

    @Test
    void fisheriesAndPublicWorksArePortfolios() {
        assertThat(names("Le ministère des Travaux publics ivoirien a réagi.", "fr", EntityType.ORG))
                .containsExactly("Ministry of Public Works (Ivory Coast)");
        assertThat(names("Le ministère des Pêches sénégalais a accordé des licences.", "fr", EntityType.ORG))
                .containsExactly("Ministry of Fisheries (Senegal)");
    }

    @Test
    void englishMinistriesKeepTheirWholeComplement() {
        assertThat(names("The Ministry of Fisheries and Ocean Resources said it would act.", "en", EntityType.ORG))
                .containsExactly("Ministry of Fisheries and Ocean Resources");
    }
}
