package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (h/enfr14), with invented names no eval or held-out set holds: one-word companies cued by a nationality
 * after the kind of body, by a French speech verb after "a", or by a relative clause of running a site; a site's
 * own name after "its"; a name before "LNG"; a French dateline with its country in brackets.
 */
class CompanyCuesSitesAndDatelinesTest {

    private static final String EN = "The talks ended on Monday without a deal, officials said. ";
    private static final String FR = "Les discussions ont repris lundi, selon des sources officielles. ";

    @Test
    void nationalityBetweenKindOfBodyAndNameKeepsTheCue() {
        assertThat(names(FR + "La société espagnole Velquara a dit suivre la situation.", "fr", EntityType.ORG))
                .containsExactly("Velquara");
        assertThat(names(FR + "Le groupe minier canadien Torvalde doit évaluer les dégâts.", "fr", EntityType.ORG))
                .containsExactly("Torvalde");
    }

    @Test
    void frenchSpeechVerbAfterAuxiliaryMakesABody() {
        assertThat(names(FR + "Velquara a assuré que la distribution ne serait pas touchée.", "fr", EntityType.ORG))
                .containsExactly("Velquara");
    }

    @Test
    void relativeClauseOfRunningASiteMakesABody() {
        assertThat(names(FR + "Velquara, qui exploite le gisement, a réduit sa production.", "fr", EntityType.ORG))
                .containsExactly("Velquara");
        assertThat(names(EN + "Quarnel Minerals, which operates the mine, said output fell.", "en", EntityType.ORG))
                .containsExactly("Quarnel Minerals");
    }

    @Test
    void nameBeforeASiteAfterItsIsAPlace() {
        assertThat(names(EN + "The company said its Varnok field had cut output by half.", "en", EntityType.LOC))
                .containsExactly("Varnok");
        assertThat(names(EN + "Tarvessa said its Olmuri gas plant was shut.", "en", EntityType.LOC))
                .containsExactly("Olmuri");
    }

    @Test
    void nameBeforeLngIsAGasVentureNotAPerson() {
        assertThat(names(EN + "Crews restarted the Tarvik LNG plant on Monday.", "en", EntityType.PERSON)).isEmpty();
        assertThat(names(EN + "Crews restarted the Tarvik LNG plant on Monday.", "en", EntityType.LOC))
                .containsExactly("Tarvik LNG");
        assertThat(names(EN + "Tarvik LNG declared force majeure on Tuesday.", "en", EntityType.ORG))
                .containsExactly("Tarvik LNG");
    }

    @Test
    void bracketedCountryAfterADatelineKeepsItAPlace() {
        assertThat(names("TORKA (Mali), 16 novembre - Les mineurs de Torka ont entamé une grève.", "fr", EntityType.ORG))
                .isEmpty();
        assertThat(names("TORKA (Mali), 16 novembre - Les mineurs de Torka ont entamé une grève.", "fr", EntityType.LOC))
                .contains("Torka");
    }
}
