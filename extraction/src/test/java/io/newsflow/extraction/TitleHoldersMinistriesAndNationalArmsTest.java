package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (h/enfr16), with invented names no eval or held-out set holds: the holder after a title and its everyday
 * portfolio words ("Minister of State for ..."), a person whose given name is not listed before "of the" a body, a
 * ministry's portfolios after "et"/"and" alone and with a lower-case complement, a field's and a sugar mill's
 * name after "de", and a company's national arm named by an unknown word and a country.
 */
class TitleHoldersMinistriesAndNationalArmsTest {

    @Test
    void holderAfterMinisterOfStateForPortfolio() {
        assertThat(names("The talks went on. Minister of State for Rural Roads Quentor Olmiravi said the work would end "
                + "in May.", "en", EntityType.PERSON)).containsExactly("Quentor Olmiravi");
        assertThat(names("The talks went on. Minister of State for Economic Planning Tessolvar da Brankova met the "
                + "union on Friday.", "en", EntityType.PERSON)).containsExactly("Tessolvar da Brankova");
    }

    @Test
    void unlistedPersonBeforeOfTheAssociation() {
        assertThat(names("The talks went on. Quentor Olmiravi of the Tarvelo Fishermen Association said boats would "
                + "stay in port.", "en", EntityType.PERSON)).containsExactly("Quentor Olmiravi");
        assertThat(names("The talks went on. Quentor Olmiravi of the Tarvelo Fishermen Association said boats would "
                + "stay in port.", "en", EntityType.ORG)).containsExactly("Tarvelo Fishermen Association");
    }

    @Test
    void ministryRunsOnAfterEtOrAndAlone() {
        assertThat(names("Le ministère de la Pêche et de l'Aquaculture continentale a fermé le lac lundi.", "fr",
                EntityType.ORG)).containsExactly("ministère de la Pêche et de l'Aquaculture continentale");
        assertThat(names("The Ministry of Fisheries and Aquaculture said the lake was closed.", "en", EntityType.ORG))
                .containsExactly("Ministry of Fisheries and Aquaculture");
    }

    @Test
    void lowerCaseComplementInsideFrenchPortfolio() {
        assertThat(names("Le ministère de l'Aménagement du littoral, des Ports et de la Pêche a promis une aide.", "fr",
                EntityType.ORG)).containsExactly("ministère de l'Aménagement du littoral, des Ports et de la Pêche");
    }

    @Test
    void fieldAndSugarMillNameThePlaceAfterDe() {
        assertThat(names("La production du champ de Quendarou a baissé, et la sucrerie de Tarvelina est à l'arrêt.", "fr",
                EntityType.LOC)).containsExactly("Quendarou", "Tarvelina");
    }

    @Test
    void unknownWordBeforeCountryIsNationalArm() {
        assertThat(names("Quendarix Gabon, which runs the barges, said traffic was normal.", "en", EntityType.ORG))
                .containsExactly("Quendarix Gabon");
    }
}
