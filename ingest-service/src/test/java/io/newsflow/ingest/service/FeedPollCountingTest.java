package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.client.FeedFetcher;
import io.newsflow.ingest.client.FeedFetcher.FeedFetchException;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.repository.Feed;
import io.newsflow.ingest.wire.WireFormatException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every poll of a feed is counted once by its outcome, failures by a short code (never the feed's address), against
 * a local server that behaves as feed servers do, well and badly.
 */
class FeedPollCountingTest {

    private static final String RSS = "<rss version=\"2.0\"><channel><title>Harbour wire</title><item>"
            + "<guid>harbour-wire-1</guid><title>Harbour reopens</title><description>Ships sail again.</description>"
            + "</item></channel></rss>";
    private static final String ETAG = "\"harbour-1\"";

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private HttpServer server;
    private Vertx vertx;
    private FeedPoller poller;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", this::feed);
        server.createContext("/gone", exchange -> answer(exchange, 404, ""));
        server.createContext("/garbled", exchange -> answer(exchange, 200, "<rss><channel><item>cut off"));
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            answer(exchange, 302, "");
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        vertx = Vertx.vertx();
        IngestConfig config = TestConfigs.of(100_000, Duration.ofSeconds(1));
        IngestMetrics metrics = new IngestMetrics(registry);
        poller = new FeedPoller(vertx, new UnstoredFeedRegistry(config), new FeedFetcher(vertx, config),
                new WireIngestion(config, new AcceptingIngestService(config), metrics), metrics, config);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void pollsThatSucceedAreCountedOkOrNotModified() {
        assertThat(polls("ok", IngestMetrics.NO_REASON)).as("before any poll").isZero();

        poll(feed("/feed", null));
        poll(feed("/feed", ETAG));

        assertThat(polls("ok", IngestMetrics.NO_REASON)).isEqualTo(1.0);
        assertThat(polls("not_modified", IngestMetrics.NO_REASON)).isEqualTo(1.0);
        assertThat(registry.find(MetricNames.FEED_POLLS).tag(MetricNames.TAG_OUTCOME, "failed").counters()).isEmpty();
    }

    @Test
    void failedPollsAreCountedByReason() {
        poll(feed("/gone", null));
        poll(feed("/garbled", null));
        poll(feed("/loop", null));

        assertThat(polls("failed", FeedFetchException.HTTP_4XX)).isEqualTo(1.0);
        assertThat(polls("failed", WireFormatException.MALFORMED_XML)).isEqualTo(1.0);
        assertThat(polls("failed", FeedFetchException.REDIRECT_LOOP)).isEqualTo(1.0);
        assertThat(polls("ok", IngestMetrics.NO_REASON)).isZero();
        assertThat(registry.find(MetricNames.FEED_POLLS).counters())
                .allSatisfy(counter -> assertThat(counter.getId().getTag(MetricNames.TAG_REASON)).doesNotContain("127.0.0.1"));
    }

    @Test
    void aFeedsUnreadableDocumentIsNeitherADeadLetterNorAPushRejection() {
        poll(feed("/garbled", null));

        // The refusal reasons' series exist from the start, at zero: none may have moved.
        assertThat(registry.find(MetricNames.DEAD_LETTERS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(registry.find(MetricNames.REJECTIONS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    private void poll(Feed feed) {
        poller.poll(feed).await().atMost(Duration.ofSeconds(10));
    }

    private double polls(String outcome, String reason) {
        Counter counter = registry.find(MetricNames.FEED_POLLS)
                .tags(MetricNames.TAG_OUTCOME, outcome, MetricNames.TAG_REASON, reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Feed feed(String path, String etag) {
        Feed feed = new Feed();
        feed.id = (long) path.hashCode();
        feed.url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        feed.pollIntervalSeconds = 300;
        feed.etag = etag;
        return feed;
    }

    private void feed(HttpExchange exchange) throws IOException {
        if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("ETag", ETAG);
        answer(exchange, 200, RSS);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Applies a poll's outcome to the feed in memory, as the registry does in PostgreSQL. */
    private static final class UnstoredFeedRegistry extends FeedRegistry {
        private final IngestConfig config;

        UnstoredFeedRegistry(IngestConfig config) {
            super(null, config);
            this.config = config;
        }

        @Override
        public Uni<Feed> recordPoll(long id, PollOutcome outcome, Instant polledAt) {
            Feed feed = new Feed();
            feed.id = id;
            feed.pollIntervalSeconds = 300;
            apply(feed, outcome, polledAt, config.feeds().maxBackoff());
            return Uni.createFrom().item(feed);
        }
    }
}
