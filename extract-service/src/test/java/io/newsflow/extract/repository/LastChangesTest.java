package io.newsflow.extract.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a replica reads the knowledge base again. */
class LastChangesTest {

    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant TEN_PAST_TEN = Instant.parse("2026-11-30T10:10:00Z");

    @Test
    void anEmptyDatabaseIsNotRead() {
        assertThat(new LastChanges(null, null, null).since(LastChanges.NONE)).isFalse();
    }

    @Test
    void theFirstSeedAndTheFirstCuratedChangeAreRead() {
        assertThat(new LastChanges(null, null, NINE).since(LastChanges.NONE)).isTrue();
        assertThat(new LastChanges(null, NINE, null).since(LastChanges.NONE)).isTrue();
    }

    @Test
    void nothingChangedNothingIsRead() {
        assertThat(new LastChanges(null, TEN, NINE).since(new LastChanges(null, TEN, NINE))).isFalse();
    }

    @Test
    void aLaterCuratedChangeIsRead() {
        assertThat(new LastChanges(null, TEN_PAST_TEN, NINE).since(new LastChanges(null, TEN, NINE))).isTrue();
    }

    /**
     * Review17 L1: curator 1's change is stamped at ten past ten but commits after curator 2's, stamped later; the
     * replica read curator 2's. The next change number says there is more, although no time is later.
     */
    @Test
    void aChangeThatCommittedLateIsReadByItsNumberAlthoughItsTimeIsEarlier() {
        LastChanges loaded = new LastChanges(8L, TEN_PAST_TEN.plusSeconds(1), NINE);

        assertThat(new LastChanges(9L, TEN_PAST_TEN.plusSeconds(1), NINE).since(loaded)).isTrue();
        assertThat(loaded.isBefore(9L, TEN_PAST_TEN)).as("curator 1's row, change 9 at ten past ten").isTrue();
        assertThat(loaded.isBefore(8L, TEN_PAST_TEN.plusSeconds(1))).as("curator 2's row, change 8, read already").isFalse();
    }

    @Test
    void aChangeOfABuildThatDoesNotNumberChangesIsReadByItsTime() {
        LastChanges loaded = new LastChanges(8L, TEN, NINE);

        assertThat(new LastChanges(8L, TEN_PAST_TEN, NINE).since(loaded)).isTrue();
        assertThat(loaded.isBefore(null, TEN_PAST_TEN)).isTrue();
        assertThat(loaded.isBefore(null, TEN)).isFalse();
    }

    /** Review14 L2: pods stamp seeds and curated changes with their own clocks. */
    @Test
    void aSeedWrittenByAPodWhoseClockRunsBehindIsReadAlthoughItsTimeIsEarlier() {
        LastChanges loaded = new LastChanges(null, TEN_PAST_TEN, NINE);
        assertThat(new LastChanges(null, TEN_PAST_TEN, TEN).since(loaded)).as("a seed dated before the last curated change")
                .isTrue();
        assertThat(new LastChanges(null, TEN_PAST_TEN, NINE.minusSeconds(60)).since(loaded))
                .as("a seed dated before the seed it replaced").isTrue();
    }
}
