package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (h/enfr9), with names no eval or held-out set holds: a hyphenated word with a lower-case link of town
 * names between capitalised parts is a town; French party names end with an adjective in "-iste"; a qualified French
 * head ("communauté de communes", "conseil départemental") names the body of a place no list holds; "shares in" and
 * "a stake in" name a firm; an unlisted word at one end of a route ("from Port Alvar to Kessane") is a place; a
 * military title before a body's word ("General Hospital") names no person.
 */
class HyphenatedTownsPartiesAndHoldingsTest {

    @Test
    void aHyphenatedNameWithALinkOfTownNamesIsATown() {
        assertThat(names("Les agriculteurs de Saint-Pardoux-la-Croisille sont inquiets.", "fr", EntityType.LOC))
                .containsExactly("Saint-Pardoux-la-Croisille");
        assertThat(names("Flooding hit Newport-on-Tay overnight.", "en", EntityType.LOC))
                .containsExactly("Newport-on-Tay");
        assertThat(names("Jean-Marc Tarnos est venu.", "fr", EntityType.LOC)).isEmpty();
    }

    @Test
    void aHyphenatedNameOpenedByHautOrValIsALand() {
        assertThat(names("Les éleveurs du Haut-Doubs manifestent.", "fr", EntityType.LOC))
                .containsExactly("Haut-Doubs");
        assertThat(names("Le Haut-Conseil a publié un avis.", "fr", EntityType.LOC)).isEmpty();
    }

    @Test
    void frenchPartiesEndingWithAnAdjectiveInIsteAreWhole() {
        assertThat(names("Selon le Parti humaniste, la loi est injuste.", "fr", EntityType.ORG))
                .containsExactly("Parti humaniste");
        assertThat(names("Le Rassemblement républicain a voté contre le budget.", "fr", EntityType.ORG))
                .containsExactly("Rassemblement républicain");
    }

    @Test
    void aQualifiedFrenchHeadNamesTheBodyOfAnUnlistedPlace() {
        assertThat(names("La communauté de communes de Cuisery a voté le budget.", "fr", EntityType.ORG))
                .containsExactly("communauté de communes de Cuisery");
        assertThat(names("Le conseil municipal de Jean Tarnos a voté.", "fr", EntityType.ORG)).isEmpty();
    }

    @Test
    void aHoldingInANameIsInAFirm() {
        assertThat(names("Shares in Voltrex fell 4% on Monday.", "en", EntityType.ORG)).containsExactly("Voltrex");
        assertThat(names("The fund bought a stake in Pavlotex.", "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void anUnlistedWordAtOneEndOfARouteToAPlaceIsAPlace() {
        assertThat(names("The ferry from Port Alvar to Kessane was cancelled.", "en", EntityType.LOC))
                .containsExactly("Port Alvar", "Kessane");
    }

    @Test
    void aTitleBeforeABodysWordNamesNoPerson() {
        assertThat(names("He was taken to the Waikiki General Hospital on Monday.", "en", EntityType.PERSON))
                .isEmpty();
    }
}
