package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25's English bodies, with names no eval or held-out set holds: a body named by its remit and a known place
 * when it acts ("Police Wales said"), a port that signs or is party to a deal, a company before the site it runs, and
 * an everyday word opening a sentence before "agency", which names no body; French common nouns written as acronyms.
 */
class BodiesNamedByPlacesPortsAndSitesTest {

    @Test
    void wordsBeforeAKnownPlaceThatActAreABody() {
        assertThat(names("Grow Saskatchewan said it would fund twelve new farms.", "en", EntityType.ORG))
                .containsExactly("Grow Saskatchewan");
        assertThat(names("Rural Saskatchewan voted for the bill.", "en", EntityType.ORG)).isEmpty();
        assertThat(names("Northern Ireland recorded its wettest month.", "en", EntityType.ORG)).isEmpty();
    }

    @Test
    void aPortThatSignsIsTheBodyRunningIt() {
        assertThat(names("In Larne, Carrow Port signed an agreement on Tuesday with a contractor.", "en",
                EntityType.ORG)).containsExactly("Carrow Port");
        assertThat(names("The firm signed an agreement with the Port of Dundee to build a base.", "en",
                EntityType.ORG)).containsExactly("Port of Dundee");
        assertThat(names("Ships queued outside the Port of Dundee on Monday.", "en", EntityType.LOC))
                .contains("Port of Dundee");
    }

    @Test
    void aNameBeforeASiteWithItsPlaceIsTheCompany() {
        assertThat(names("Workers walked out at the Velmora refinery in Pembroke on Monday.", "en", EntityType.ORG))
                .containsExactly("Velmora");
    }

    @Test
    void anEverydayWordOpeningASentenceBeforeAgencyIsNoBody() {
        assertThat(names("Forestry agency CONAF said the fire had spread.", "en", EntityType.ORG))
                .containsExactly("CONAF");
    }

    @Test
    void frenchCommonNounsWrittenAsAcronymsAreNoBodies() {
        assertThat(names("La hausse de la TVA et la suppression des TER inquiètent la CGT.", "fr", EntityType.ORG))
                .containsExactly("CGT");
    }
}
