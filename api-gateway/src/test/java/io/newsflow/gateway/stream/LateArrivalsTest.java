package io.newsflow.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LateArrivalsTest {

    private final LateArrivals late = new LateArrivals(new StreamPosition(1_000, ""));

    @Test
    void anArticleTheFirstReadSentIsNotSentAgain() {
        late.sent(new StreamPosition(2_000, "a"));
        late.sent(new StreamPosition(3_000, "b"));

        assertThat(late.late(new StreamPosition(2_000, "a"))).isFalse();
        assertThat(late.late(new StreamPosition(3_000, "b"))).isFalse();
        assertThat(late.remembered()).isZero();
    }

    @Test
    void anArticleShownAfterTheFirstReadPassedItIsLate() {
        late.sent(new StreamPosition(3_000, "b"));

        assertThat(late.late(new StreamPosition(2_000, "a"))).as("stamped before b, searchable only after b was read").isTrue();
        assertThat(late.late(new StreamPosition(3_000, "b"))).isFalse();
    }

    @Test
    void whatTheTrailingReadPassedIsForgotten() {
        late.sent(new StreamPosition(2_000, "replaced-before-the-trailing-read-came"));
        late.sent(new StreamPosition(5_000, "c"));

        late.late(new StreamPosition(4_000, "x"));
        late.until(Instant.ofEpochMilli(9_000), new StreamPosition(5_000, "c"), false);

        assertThat(late.remembered()).isEqualTo(1);
        assertThat(late.trailing()).isEqualTo(new StreamPosition(4_000, "x"));
    }

    @Test
    void articlesAtOrBeforeTheStartAreNotRemembered() {
        late.sent(new StreamPosition(1_000, "at-start"));

        assertThat(late.remembered()).isZero();
    }

    @Test
    void theTrailingReadStopsShortOfWhereTheFirstReadIs() {
        StreamPosition first = new StreamPosition(10_000, "f");

        assertThat(late.until(Instant.ofEpochMilli(4_000), first, false)).isEqualTo(Instant.ofEpochMilli(4_000));
        assertThat(late.until(Instant.ofEpochMilli(20_000), first, false)).as("first read behind by a backlog").isEqualTo(Instant.ofEpochMilli(9_999));
    }

    @Test
    void onceTheFirstReadHasCaughtUpTheTrailingReadGoesOverItsNewestArticlesToo() {
        StreamPosition first = new StreamPosition(10_000, "f");

        assertThat(late.until(Instant.ofEpochMilli(20_000), first, true))
                .as("a quiet feed: the newest article is a late window old").isEqualTo(Instant.ofEpochMilli(20_000));
    }
}
