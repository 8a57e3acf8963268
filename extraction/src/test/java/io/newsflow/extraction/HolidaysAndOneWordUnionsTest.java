package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A feast or a month a place is named after is no place; a one-word name before "union" is the union's; India's "Union" before a
 * title is no town called Union.
 */
class HolidaysAndOneWordUnionsTest {

    @Test
    void christmasAloneIsTheFeastNotTheIsland() {
        String text = "Prices rose before Christmas. Flights to Christmas Island resumed on Monday.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Christmas Island");
    }

    @Test
    void aMonthAloneIsTheDateNotATown() {
        String text = "The navy will send an inspection vessel to Oslo in March.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Oslo");
    }

    @Test
    void aOneWordNameBeforeUnionIsTheUnion() {
        String text = "The Unite union said workers at the plant would strike.";
        assertThat(names(text, "en", EntityType.ORG)).containsExactly("Unite");
        assertThat(names(text, "en", EntityType.LOC)).isEmpty();
    }

    @Test
    void indiasUnionBeforeATitleIsNoTown() {
        String text = "Union Minister Ravi Prakashan spoke in Delhi on Monday.";
        assertThat(names(text, "en", EntityType.LOC)).containsExactly("Delhi");
        assertThat(names(text, "en", EntityType.PERSON)).containsExactly("Ravi Prakashan");
    }
}
