package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.mentions;
import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Bodies of French towns and départements written in lower case: courts named by a kind ("tribunal judiciaire",
 * "tribunal correctionnel", "cour d'appel"), councils of a département named with its article ("de la Manche", "de
 * l'Essonne"), urban communities and chambers of commerce; they keep their French name, English ordering them either
 * way. A small town is a place after the local body or officer that serves it ("la gendarmerie de"), and a town
 * named "Le X" or "Les X" is read through "au", "du", "aux" ("au Havre" is Le Havre).
 */
class FrenchLocalCourtsCouncilsAndGendarmeriesTest {

    @Test
    void courtsOfATownNamedByTheirKind() {
        String text = "Le tribunal correctionnel de Bobigny a relaxé trois policiers. La cour d'appel de Douai a "
                + "confirmé la peine d'un ancien élu, jugé par le tribunal judiciaire de Nanterre.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("tribunal correctionnel de Bobigny",
                "cour d'appel de Douai", "tribunal judiciaire de Nanterre");
    }

    @Test
    void councilsOfADepartementNamedWithItsArticle() {
        String text = "Le conseil départemental de la Manche a voté une aide aux pêcheurs. Le conseil départemental "
                + "de l'Essonne a suivi.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                "conseil départemental de la Manche", "conseil départemental de l'Essonne");
        assertThat(names(text, "fr", EntityType.LOC)).isEmpty();
    }

    @Test
    void urbanCommunitiesAndChambersOfCommerce() {
        String text = "La communauté urbaine de Douala a démoli des maisons. La chambre de commerce et d'industrie de "
                + "Dakar a publié une étude.";
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder("communauté urbaine de Douala",
                "chambre de commerce et d'industrie de Dakar");
    }

    @Test
    void aSmallTownAfterTheBodyThatServesIt() {
        String text = "La gendarmerie de Villeneuve-sur-Lot a interpellé deux hommes. La brigade de "
                + "Saint-Laurent-du-Maroni a saisi un kilo d'or.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Villeneuve-sur-Lot",
                "Saint-Laurent-du-Maroni");
    }

    @Test
    void townsNamedWithLeOrLesAfterAuDuAux() {
        String text = "Un homme a été tué au Havre, a indiqué le parquet du Havre. La police a interpellé trois "
                + "personnes aux Ulis. Les élus du Blanc-Mesnil ont protesté.";
        assertThat(names(text, "fr", EntityType.LOC)).containsExactlyInAnyOrder("Le Havre", "Les Ulis",
                "Le Blanc-Mesnil");
        assertThat(mentions(text, "fr", EntityType.ORG)).containsExactly("parquet du Havre");
    }

    @Test
    void courtsOfFirstAndHighInstance() {
        String text = "Le tribunal de grande instance de Ouagadougou a condamné un journaliste. Le tribunal de "
                + "première instance de Bruxelles a suivi, comme le tribunal de commerce de Nanterre.";
        assertThat(names(text, "fr", EntityType.ORG)).containsExactlyInAnyOrder(
                "tribunal de grande instance de Ouagadougou", "tribunal de première instance de Bruxelles",
                "tribunal de commerce de Nanterre");
    }
}
