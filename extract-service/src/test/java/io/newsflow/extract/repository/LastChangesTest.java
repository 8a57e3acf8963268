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
        assertThat(new LastChanges(null, null).since(LastChanges.NONE)).isFalse();
    }

    @Test
    void theFirstSeedAndTheFirstCuratedChangeAreRead() {
        assertThat(new LastChanges(null, NINE).since(LastChanges.NONE)).isTrue();
        assertThat(new LastChanges(NINE, null).since(LastChanges.NONE)).isTrue();
    }

    @Test
    void nothingChangedNothingIsRead() {
        assertThat(new LastChanges(TEN, NINE).since(new LastChanges(TEN, NINE))).isFalse();
    }

    @Test
    void aLaterCuratedChangeIsRead() {
        assertThat(new LastChanges(TEN_PAST_TEN, NINE).since(new LastChanges(TEN, NINE))).isTrue();
    }

    /** Review14 L2: pods stamp seeds and curated changes with their own clocks. */
    @Test
    void aSeedWrittenByAPodWhoseClockRunsBehindIsReadAlthoughItsTimeIsEarlier() {
        LastChanges loaded = new LastChanges(TEN_PAST_TEN, NINE);
        assertThat(new LastChanges(TEN_PAST_TEN, TEN).since(loaded)).as("a seed dated before the last curated change")
                .isTrue();
        assertThat(new LastChanges(TEN_PAST_TEN, NINE.minusSeconds(60)).since(loaded))
                .as("a seed dated before the seed it replaced").isTrue();
    }
}
