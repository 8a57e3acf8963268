package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (h/enfr10), with invented names no eval or held-out set holds: an unknown word followed by an
 * apposition that places it in a known place ("X, in northern Y", "X, dans le nord de Y", "X, a camp near Y") is a
 * place, and so are both names of a pair before it; a military operation's name is no person's.
 */
class PlacesPlacedByAppositionTest {

    @Test
    void anAppositionPlacingAWordInARegionMakesItAPlace() {
        assertThat(names("Gunmen attacked Tollavera, in northeastern Nigeria, on Monday.", "en", EntityType.LOC))
                .containsExactly("Tollavera", "Nigeria");
        assertThat(names("Une crue a frappé Varnesse, dans le nord du Cameroun.", "fr", EntityType.LOC))
                .containsExactly("Varnesse", "Cameroon");
    }

    @Test
    void anAppositionSayingWhatKindOfPlaceItIsMakesItAPlace() {
        assertThat(names("Refugees fled to Kessoudou, a camp in eastern Chad.", "en", EntityType.LOC))
                .containsExactly("Kessoudou", "Chad");
        assertThat(names("The reporter met Tavrello, a farmer in Peru.", "en", EntityType.LOC))
                .containsExactly("Peru");
    }

    @Test
    void anAppositionAfterAPairPlacesBothNames() {
        assertThat(names("Des orages ont frappé Varnesse et Tollemont, dans le nord du Cameroun.", "fr",
                EntityType.LOC)).containsExactly("Varnesse", "Tollemont", "Cameroon");
    }

    @Test
    void aMilitaryOperationNamesNoPerson() {
        assertThat(names("Operation Tessaly ended on Monday, the army said.", "en", EntityType.PERSON)).isEmpty();
    }
}
