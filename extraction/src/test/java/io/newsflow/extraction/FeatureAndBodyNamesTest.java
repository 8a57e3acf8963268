package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static io.newsflow.extraction.SharedExtractor.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Latin-script names the capitals alone do not settle: French natural features written with a lower-case noun
 * ("golfe de Californie"), "au" before a town, "St." and "Mt." names, commands and communities, the Security portfolio,
 * Spanish "Puerto" ports, nationality adjectives of every country ("the Honduran port of ..."), also of two words
 * before a title ("South Korean Prime Minister"), airports named after a person ("l'aéroport Reine Beatrix"), and
 * unknown names with an institution's or a protected area's head word ("Tarrant Shipyard", "Ormeley Marine Sanctuary").
 */
class FeatureAndBodyNamesTest {

    @Test
    void aFrenchFeatureNounBelongsToTheNameAndTheEnglishNameFollowsTheEnglishPattern() {
        List<ArticleEntity> gulf = ofType("Des pirates ont attaqué un pétrolier dans le golfe de Californie.", "fr",
                EntityType.LOC);
        assertThat(gulf).extracting(ArticleEntity::name).containsExactly("Gulf of California");
        assertThat(gulf.get(0).mentions()).extracting(Mention::text).containsExactly("golfe de Californie");
        assertThat(names("Le niveau du lac de Côme baisse et le fleuve Colorado a débordé.", "fr", EntityType.LOC))
                .containsExactly("Lake Como", "Colorado River");
        assertThat(names("Le président de l'île de Sainte-Lucie est arrivé lundi.", "fr", EntityType.LOC))
                .containsExactly("Saint Lucia");
    }

    @Test
    void anAirportNamedAfterAPersonIsAnAirportAndAPeninsulaIsFound() {
        List<ArticleEntity> airport = ofType("Les vols reprendront lundi vers l'aéroport Reine Beatrix.", "fr",
                EntityType.LOC);
        assertThat(airport).extracting(ArticleEntity::name).containsExactly("Reine Beatrix Airport");
        assertThat(names("Un incendie a ravagé la péninsule de Gaspé.", "fr", EntityType.LOC)).singleElement()
                .asString().endsWith(" Peninsula");
        assertThat(names("Il a pris l'avion à l'aéroport de Cayenne.", "fr", EntityType.LOC))
                .containsExactly("Cayenne");
    }

    @Test
    void aTwoWordNationalityBeforeATitleIsNotPartOfTheName() {
        String body = "Officials said that South Korean Prime Minister Kim Min-seok met union leaders in Daejeon.";
        assertThat(names(body, "en", EntityType.PERSON)).containsExactly("Kim Min-seok");
    }

    @Test
    void aCapitalisedWordAfterAuIsAPlace() {
        // "au Gosier" is "à Le Gosier": the commune is read with its article.
        assertThat(names("Les gendarmes ont interpellé deux hommes au Gosier après des pillages.", "fr", EntityType.LOC))
                .containsExactly("Le Gosier");
    }

    @Test
    void aSaintsOrMountainsNameIsOnePlace() {
        List<ArticleEntity> places = ofType("The bank lent $20 million for roads in St. Tammany parish.", "en",
                EntityType.LOC);
        assertThat(places).extracting(ArticleEntity::name).containsExactly("St. Tammany");
        assertThat(names("Police arrested five people in St. Catherine on Monday.", "en", EntityType.PERSON)).isEmpty();
    }

    @Test
    void commandsAndCommunitiesAreOrganisations() {
        assertThat(names("The Southern Command said the Andean Community would meet on Friday.", "en", EntityType.ORG))
                .containsExactly("Southern Command", "Andean Community");
    }

    @Test
    void aSecurityMinistryIsNamedByItsPortfolioAndCountry() {
        assertThat(names("Argentina's Ministry of Security said 14 people were arrested.", "en", EntityType.ORG))
                .containsExactly("Ministry of Security (Argentina)");
    }

    @Test
    void aPortNamedPuertoIsOnePlaceAndANationalityIsNotAPlace() {
        assertThat(names("The ship sailed to the Honduran port of Puerto Lempira on Monday.", "en", EntityType.LOC))
                .containsExactly("Puerto Lempira");
    }

    @Test
    void anUnknownNameWithAnInstitutionsOrAProtectedAreasHeadWordIsNoPerson() {
        String body = "Workers at Tarrant Shipyard and teachers of the Crowle Public School System marched to the "
                + "Ormeley Marine Sanctuary on Monday.";
        assertThat(names(body, "en", EntityType.PERSON)).isEmpty();
        assertThat(names(body, "en", EntityType.ORG)).contains("Tarrant Shipyard");
        assertThat(names(body, "en", EntityType.LOC)).contains("Ormeley Marine Sanctuary");
        assertThat(names("Les gendarmes de la Sûreté de Valbrune ont fermé le parc de Montfaucille.", "fr", EntityType.PERSON))
                .isEmpty();
    }
}
