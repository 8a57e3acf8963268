package io.newsflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeyCacheTest {

    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofMinutes(5);
    private static final Optional<KeyHolder> HOLDER = Optional.of(new KeyHolder("key_harbourmaster", Roles.READER, "desk", null));

    private final AtomicLong now = new AtomicLong(0);
    private final KeyCache cache = new KeyCache(now::get, TTL, GRACE, 3);

    @Test
    void aLookupIsRememberedForTheTtl() {
        cache.remember("h1", HOLDER);
        cache.remember("h2", Optional.empty());
        assertThat(cache.get("h1")).isEqualTo(HOLDER);
        assertThat(cache.get("h2")).isEmpty();
        now.addAndGet(TTL.toNanos());
        assertThat(cache.get("h1")).isNull();
        assertThat(cache.get("h2")).isNull();
    }

    /** A lookup that read the row before the revoke committed, and completes after, must not bring the key back. */
    @Test
    void aRevokedKeyIsNotRememberedAsActiveAgainWithinTheTtl() {
        cache.remember("h1", HOLDER);
        cache.forget("h1");
        assertThat(cache.get("h1")).isNull();

        cache.remember("h1", HOLDER);
        assertThat(cache.get("h1")).as("the late lookup's answer, remembered as a miss").isEmpty();

        now.addAndGet(TTL.toNanos() + 1);
        cache.remember("h1", HOLDER);
        assertThat(cache.get("h1")).as("a TTL later, PostgreSQL is the judge again").isEqualTo(HOLDER);
    }

    /** PostgreSQL away (a failover): searches go on for the keys the gateway knew, for a bounded time. */
    @Test
    void anActiveKeyOutlivesItsTtlOnlyWhilePostgresCannotBeAskedAndOnlyForTheGrace() {
        cache.remember("h1", HOLDER);
        cache.remember("h2", Optional.empty());
        now.addAndGet(TTL.toNanos());

        assertThat(cache.get("h1")).as("past the TTL, PostgreSQL is asked again").isNull();
        assertThat(cache.whileUnavailable("h1")).as("unless it cannot be asked").isEqualTo(HOLDER);
        assertThat(cache.whileUnavailable("h2")).as("an unknown key stays unknown").isEmpty();
        assertThat(cache.whileUnavailable("never-seen")).isEmpty();

        now.addAndGet(GRACE.toNanos());
        assertThat(cache.whileUnavailable("h1")).as("past the grace").isEmpty();
    }

    @Test
    void aRevokedKeyIsNeverServedWhilePostgresCannotBeAsked() {
        cache.remember("h1", HOLDER);
        cache.remember("h2", HOLDER);
        cache.forget("h1");
        assertThat(cache.whileUnavailable("h1")).isEmpty();

        cache.forgetAll();
        assertThat(cache.whileUnavailable("h2")).as("revokes may have been missed").isEmpty();
    }

    @Test
    void aFloodOfWrongKeysNeverPushesOutAnActiveOne() {
        cache.remember("valid", HOLDER);
        for (int i = 0; i < 10; i++) {
            cache.remember("wrong-" + i, Optional.empty());
        }
        assertThat(cache.get("valid")).isEqualTo(HOLDER);
        assertThat(cache.get("wrong-9")).isEmpty();
    }

    @Test
    void forgettingEveryKeyKeepsTheMisses() {
        cache.remember("valid", HOLDER);
        cache.remember("wrong", Optional.empty());
        cache.forgetAll();
        assertThat(cache.get("valid")).isNull();
        assertThat(cache.get("wrong")).isEmpty();
    }
}
