package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.client.FeedAddresses;
import io.newsflow.ingest.repository.Feed;
import io.newsflow.support.net.PublicAddresses;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedRegistryTest {

    private static final Instant T = Instant.parse("2025-06-02T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final PublicAddresses ADDRESSES = FeedAddresses.of(TestConfigs.of(1000, HOUR, Optional.empty()));

    @Test
    void nextPollIsOneIntervalAfterASuccess() {
        assertThat(FeedRegistry.nextPoll(T, 300, 0, HOUR)).isEqualTo(T.plusSeconds(300));
    }

    @Test
    void failuresDoubleTheWaitUpToTheMaximum() {
        assertThat(FeedRegistry.nextPoll(T, 60, 1, HOUR)).isEqualTo(T.plusSeconds(120));
        assertThat(FeedRegistry.nextPoll(T, 60, 3, HOUR)).isEqualTo(T.plusSeconds(480));
        assertThat(FeedRegistry.nextPoll(T, 60, 30, HOUR)).isEqualTo(T.plus(HOUR));
        assertThat(FeedRegistry.nextPoll(T, 7200, 2, HOUR)).as("never sooner than the interval").isEqualTo(T.plusSeconds(7200));
    }

    @Test
    void failedPollRecordsTheErrorAndKeepsTheLastSuccess() {
        Feed feed = feed();
        FeedRegistry.apply(feed, PollOutcome.fetched(200, 5, "\"e1\"", "Mon, 02 Jun 2025 11:00:00 GMT"), T, HOUR);
        FeedRegistry.apply(feed, PollOutcome.failed(null, "redirect-loop", "redirect loop: a -> b -> a"), T.plusSeconds(60), HOUR);

        assertThat(feed.lastSuccessAt).isEqualTo(T);
        assertThat(feed.lastError).isEqualTo("redirect loop: a -> b -> a");
        assertThat(feed.consecutiveFailures).isEqualTo(1);
        assertThat(feed.itemsSeen).isEqualTo(5);
        assertThat(feed.etag).as("validators kept for the next conditional GET").isEqualTo("\"e1\"");
        assertThat(FeedView.of(feed).status()).isEqualTo("failing");
        assertThat(feed.nextPollAt).isEqualTo(T.plusSeconds(60 + 120));
    }

    @Test
    void notModifiedIsASuccessThatKeepsTheValidators() {
        Feed feed = feed();
        FeedRegistry.apply(feed, PollOutcome.fetched(200, 2, "\"e1\"", null), T, HOUR);
        FeedRegistry.apply(feed, PollOutcome.failed(503, "http-5xx", "HTTP 503"), T.plusSeconds(60), HOUR);
        FeedRegistry.apply(feed, PollOutcome.notModified(), T.plusSeconds(200), HOUR);

        assertThat(feed.consecutiveFailures).isZero();
        assertThat(feed.lastSuccessAt).isEqualTo(T.plusSeconds(200));
        assertThat(feed.lastStatus).isEqualTo(304);
        assertThat(feed.etag).isEqualTo("\"e1\"");
        assertThat(FeedView.of(feed).status()).isEqualTo("ok");
    }

    @Test
    void onlyAbsoluteHttpAddressesAreFeeds() {
        assertThat(FeedRegistry.url(" https://example.com/rss.xml ", ADDRESSES)).isEqualTo("https://example.com/rss.xml");
        assertThatThrownBy(() -> FeedRegistry.url("ftp://example.com/rss", ADDRESSES)).isInstanceOf(FeedRegistry.InvalidFeedException.class);
        assertThatThrownBy(() -> FeedRegistry.url("/rss.xml", ADDRESSES)).isInstanceOf(FeedRegistry.InvalidFeedException.class);
        assertThatThrownBy(() -> FeedRegistry.url("http://exa mple.com/", ADDRESSES)).isInstanceOf(FeedRegistry.InvalidFeedException.class);
    }

    @Test
    void feedsOnThisMachineOrAPrivateNetworkAreRefusedUnlessAllowed() {
        assertThatThrownBy(() -> FeedRegistry.url("http://10.0.0.1/feed.xml", ADDRESSES))
                .isInstanceOf(FeedRegistry.InvalidFeedException.class)
                .hasMessage("feed must be a public address, not this machine or a private network (an operator may allow "
                        + "such URLs with newsflow.ingest.feeds.allowed-prefixes), was 'http://10.0.0.1/feed.xml'");
        assertThatThrownBy(() -> FeedRegistry.url("http://169.254.169.254/latest/meta-data/", ADDRESSES))
                .hasMessageContaining("public address");
        PublicAddresses local = FeedAddresses.of(TestConfigs.of(1000, HOUR, Optional.of("http://127.0.0.1:")));
        assertThat(FeedRegistry.url("http://127.0.0.1:8080/rss.xml", local)).isEqualTo("http://127.0.0.1:8080/rss.xml");
        assertThat(FeedRegistry.url("https://example.com/rss.xml", local)).as("public feeds stay allowed").isEqualTo("https://example.com/rss.xml");
    }

    private static Feed feed() {
        Feed feed = new Feed();
        feed.id = 1L;
        feed.url = "http://example.com/rss";
        feed.pollIntervalSeconds = 60;
        feed.enabled = true;
        feed.createdAt = T;
        return feed;
    }
}
