package io.newsflow.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamPositionTest {

    @Test
    void theEarlierOfTwoPositionsIsTheOneStampedFirst() {
        StreamPosition first = new StreamPosition(1_000, "zeppelin");
        StreamPosition second = new StreamPosition(1_001, "airship");

        assertThat(StreamPosition.earlier(first, second)).isEqualTo(first);
        assertThat(StreamPosition.earlier(second, first)).isEqualTo(first);
    }

    @Test
    void ofTwoPositionsStampedInTheSameMillisecondTheEarlierIsTheOneAReaderSortingByIdReachesFirst() {
        StreamPosition airship = new StreamPosition(1_000, "airship");
        StreamPosition zeppelin = new StreamPosition(1_000, "zeppelin");

        assertThat(StreamPosition.earlier(zeppelin, airship)).isEqualTo(airship);
    }

    @Test
    void idsCompareAsElasticsearchSortsThemByTheirUtf8Bytes() {
        StreamPosition fullwidth = new StreamPosition(1_000, "\uFF01harbour");
        StreamPosition emoji = new StreamPosition(1_000, "\uD83D\uDE00harbour");

        assertThat(StreamPosition.earlier(emoji, fullwidth)).as("EF BC 81 before F0 9F 98 80").isEqualTo(fullwidth);
    }
}
