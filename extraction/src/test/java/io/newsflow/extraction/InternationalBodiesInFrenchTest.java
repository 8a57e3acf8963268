package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * International bodies named in French link to their English names (`knowledge/organisations.tsv`: the African
 * Union's organs, regional development banks, UN agencies, intergovernmental forums, large international NGOs and
 * national development-cooperation agencies), and a name the base knows whole is not cut by a body's head word
 * inside it ("Union" in "Conseil de l'Union européenne").
 */
class InternationalBodiesInFrenchTest {

    @Test
    void frenchNamesOfInternationalBodiesLinkToTheirEnglishNames() {
        assertThat(names("Le Club de Paris et l'Union pour la Méditerranée ont salué l'accord, comme le Forum des pays "
                + "exportateurs de gaz.", "fr", EntityType.ORG)).containsExactlyInAnyOrder("Paris Club",
                        "Union for the Mediterranean", "Gas Exporting Countries Forum");
    }

    @Test
    void aHeadWordInsideAKnownNameStartsNoOtherBody() {
        assertThat(names("Le Conseil de l'Union européenne a approuvé le texte jeudi.", "fr", EntityType.ORG))
                .containsExactly("Council of the European Union");
    }
}
