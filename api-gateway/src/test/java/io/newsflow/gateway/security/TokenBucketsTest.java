package io.newsflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong now = new AtomicLong(0);
    private final TokenBuckets buckets = new TokenBuckets(now::get);

    @Test
    void burstIsSpentThenCallerWaitsForARefill() {
        assertThat(buckets.take("k", 2, 3)).isZero();
        assertThat(buckets.take("k", 2, 3)).isZero();
        assertThat(buckets.take("k", 2, 3)).isZero();
        assertThat(buckets.take("k", 2, 3)).isEqualTo(1);
        now.addAndGet(500_000_000L);
        assertThat(buckets.take("k", 2, 3)).isZero();
    }

    @Test
    void slowRateGivesALongerRetryAfter() {
        assertThat(buckets.take("slow", 1, 1)).isZero();
        now.addAndGet(0);
        assertThat(buckets.take("slow", 1, 1)).isEqualTo(1);
    }

    @Test
    void aTokenGivenBackCanBeTakenAgainButNeverPastTheBurst() {
        assertThat(buckets.take("k", 1, 2)).isZero();
        assertThat(buckets.take("k", 1, 2)).isZero();
        buckets.giveBack("k", 2);
        assertThat(buckets.take("k", 1, 2)).isZero();
        assertThat(buckets.take("k", 1, 2)).as("the given-back token is spent").isEqualTo(1);
        buckets.giveBack("k", 2);
        buckets.giveBack("k", 2);
        buckets.giveBack("k", 2);
        assertThat(buckets.take("k", 1, 2)).isZero();
        assertThat(buckets.take("k", 1, 2)).isZero();
        assertThat(buckets.take("k", 1, 2)).as("two tokens at most").isEqualTo(1);
    }

    @Test
    void callersHaveTheirOwnBuckets() {
        assertThat(buckets.take("a", 1, 1)).isZero();
        assertThat(buckets.take("b", 1, 1)).isZero();
        assertThat(buckets.take("a", 1, 1)).isPositive();
    }

    @Test
    void refillNeverExceedsTheBurst() {
        assertThat(buckets.take("k", 10, 2)).isZero();
        now.addAndGet(60_000_000_000L);
        assertThat(buckets.take("k", 10, 2)).isZero();
        assertThat(buckets.take("k", 10, 2)).isZero();
        assertThat(buckets.take("k", 10, 2)).isPositive();
    }
}
