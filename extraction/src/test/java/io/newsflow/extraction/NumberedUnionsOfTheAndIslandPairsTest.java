package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 25's English classes, with names no eval or held-out set holds: a branch numbered "No. 1" ends the body's
 * name, "of the X and Y" after a kind of body is one complement, a person's possessive before the body they lead is
 * no part of its name, and two unlisted words after "on" or "to" are a place.
 */
class NumberedUnionsOfTheAndIslandPairsTest {

    @Test
    void theNumberOfABranchEndsTheBodysName() {
        assertThat(names("The Calderon Dock Workers' Union No. 3 called a strike on Monday.", "en", EntityType.ORG))
                .containsExactly("Calderon Dock Workers' Union No. 3");
    }

    @Test
    void ofTheTwoWordsJoinedByAndIsOneComplement() {
        assertThat(names("She opened a campus of the University of the Fells and Moors on Friday.", "en",
                EntityType.ORG)).containsExactly("University of the Fells and Moors");
    }

    @Test
    void aPersonsPossessiveIsNoPartOfTheBodyTheyLead() {
        String text = "Premier Anton Verhaegen said so. The coalition, led by Verhaegen's Green Harbour Alliance, held.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Green Harbour Alliance");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Anton Verhaegen");
    }

    @Test
    void twoUnlistedWordsAfterOnOrToAreAPlace() {
        assertThat(names("Growers on Vanoka Lumu supply most of the cane.", "en", EntityType.LOC))
                .containsExactly("Vanoka Lumu");
        assertThat(names("The minister spoke to Tuilau Vanaka on Monday.", "en", EntityType.PERSON))
                .containsExactly("Tuilau Vanaka");
    }
}
