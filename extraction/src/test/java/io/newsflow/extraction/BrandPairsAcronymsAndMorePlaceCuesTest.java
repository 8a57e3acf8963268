package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A name joined by "and" to a body named by a nationality or a country is a body of its own ("Zelcom and Malawi
 * Ferries"); a known body's possession is no part of a name ("BHP's Varamba copper mine"); an acronym before "de" is no
 * person; places after "abords de", "mines de", "zone industrielle de", "gare des" and the preposition "en".
 */
class BrandPairsAcronymsAndMorePlaceCuesTest {

    @Test
    void aNameBeforeANationalBodyIsABody() {
        String text = "Corvane Pacific and Indonesian Ferries cut sailings. Zelcom and Malawi Ferries signed a deal. "
                + "The Ethics and Anti-Fraud Commission objected.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactlyInAnyOrder("Corvane Pacific",
                "Indonesian Ferries", "Zelcom", "Malawi Ferries", "Ethics and Anti-Fraud Commission");
        assertThat(names(text, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void aKnownBodysPossessionIsNamedApart() {
        assertThat(names("Workers at BHP's Varamba copper mine struck.", "en", EntityType.LOC))
                .containsExactly("Varamba");
        assertThat(names("Workers at BHP's Varamba copper mine struck.", "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void anAcronymBeforeDeIsNoPerson() {
        String text = "Les éducatrices des CPE de Lorvanne sont en grève.";
        assertThat(names(text, "fr", EntityType.PERSON)).isEmpty();
        assertThat(names(text, "fr", EntityType.ORG)).containsExactly("CPE");
    }

    @Test
    void frenchCuesOfSitesAndDistricts() {
        String text = "La police a sécurisé les abords de Tabirou et de Cité Marelle. La société a repris les mines "
                + "d'Essavo et de Wanbiri. Un incendie a éclaté dans la zone industrielle de Planvaux, en Vallorbière, "
                + "près de la gare des Orvaux.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Tabirou", "Cité Marelle", "Essavo",
                "Wanbiri", "Planvaux", "Vallorbière", "Orvaux");
    }
}
