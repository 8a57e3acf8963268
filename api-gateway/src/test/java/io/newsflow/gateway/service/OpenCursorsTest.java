package io.newsflow.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenCursorsTest {

    private long now = 1_000_000_000_000L;
    private final OpenCursors cursors = new OpenCursors(() -> now, Duration.ofSeconds(60));

    @Test
    void aCallerAtItsMaxWaitsUntilItsOldestCursorExpires() {
        assertThat(cursors.take("key_ferry", "ticket-1", 2)).isZero();
        now += Duration.ofSeconds(20).toNanos();
        assertThat(cursors.take("key_ferry", "ticket-2", 2)).isZero();

        assertThat(cursors.take("key_ferry", "ticket-3", 2)).as("seconds until the first one expires").isEqualTo(40);
        assertThat(cursors.take("key_lighthouse", "ticket-4", 2)).as("another caller").isZero();

        now += Duration.ofSeconds(40).toNanos();
        assertThat(cursors.take("key_ferry", "ticket-5", 2)).as("the first one expired").isZero();
    }

    @Test
    void aCursorPagedOnLivesAnotherKeepAliveUnderItsNewId() {
        cursors.take("key_ferry", "ticket-1", 1);
        cursors.renew("key_ferry", "ticket-1", "pit-a");
        now += Duration.ofSeconds(50).toNanos();
        cursors.renew("key_ferry", "pit-a", "pit-b");
        now += Duration.ofSeconds(50).toNanos();

        assertThat(cursors.take("key_ferry", "ticket-2", 1)).as("paged 50 s ago, alive 10 s more").isEqualTo(10);
    }

    @Test
    void aCursorReadToItsLastPageFreesItsPlaceAtOnce() {
        cursors.take("key_ferry", "ticket-1", 1);
        cursors.renew("key_ferry", "ticket-1", "pit-a");
        cursors.release("key_ferry", "pit-a");

        assertThat(cursors.take("key_ferry", "ticket-2", 1)).isZero();
    }

    @Test
    void aCursorOpenedElsewhereIsNotCountedHere() {
        cursors.renew("key_ferry", "pit-from-another-replica", "pit-next");
        cursors.release("key_ferry", "pit-from-another-replica");

        assertThat(cursors.take("key_ferry", "ticket-1", 1)).isZero();
        assertThat(cursors.take("key_ferry", "ticket-2", 1)).isPositive();
    }
}
