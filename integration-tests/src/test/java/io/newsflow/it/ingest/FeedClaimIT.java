package io.newsflow.it.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.it.Metrics;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Two ingest-service instances on one PostgreSQL, as Kubernetes runs its replicas, poll each registered feed once per
 * due time, not once per instance. The feed server takes 2 s to answer, longer than the 1-s check for due feeds, so
 * an instance that did not see the other's claim would fetch the feed while the other's fetch is still open.
 */
class FeedClaimIT {

    private static final int FEEDS = 4;
    private static final int INTERVAL_SECONDS = 5;
    private static final int FETCHES_EACH = 4;
    private static final Duration ANSWER_AFTER = Duration.ofSeconds(2);

    @Test
    void twoInstancesPollEachFeedOncePerDueTime() throws Exception {
        String marker = IngestStack.marker();
        Map<String, List<Instant>> fetches = new ConcurrentHashMap<>();
        ExecutorService answering = Executors.newFixedThreadPool(2 * FEEDS);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(answering);
        server.createContext("/", exchange -> slowFeed(exchange, marker, fetches));
        server.start();
        List<Long> registered = new ArrayList<>();
        try (SecondIngestInstance second = SecondIngestInstance.start()) {
            double firstBefore = okPolls(IngestStack.INGEST);
            double secondBefore = okPolls(second.url());
            for (int i = 0; i < FEEDS; i++) {
                registered.add(register("http://127.0.0.1:" + server.getAddress().getPort() + "/feed-" + i + ".xml"));
            }

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    fetches.size() == FEEDS && fetches.values().stream().allMatch(f -> f.size() >= FETCHES_EACH)
                            && okPolls(IngestStack.INGEST) > firstBefore && okPolls(second.url()) > secondBefore);
            for (long id : registered) {
                given().baseUri(IngestStack.INGEST).when().post("/v1/feeds/{id}/disable", id).then().statusCode(200);
            }

            // The next due time of a feed is one interval after its poll started. A second poll of the same due time
            // starts within one check (1 s) of the first, while the first waits for the answer: half an interval
            // tells the two apart with room for a loaded machine's delays.
            fetches.forEach((feed, times) -> {
                for (int i = 1; i < times.size(); i++) {
                    assertThat(Duration.between(times.get(i - 1), times.get(i)))
                            .as("%s fetched at %s", feed, times)
                            .isGreaterThanOrEqualTo(Duration.ofSeconds(INTERVAL_SECONDS).dividedBy(2));
                }
            });
        } finally {
            for (long id : registered) {
                given().baseUri(IngestStack.INGEST).when().delete("/v1/feeds/{id}", id);
            }
            server.stop(0);
            answering.shutdownNow();
        }
    }

    private static long register(String url) {
        Number id = given().baseUri(IngestStack.INGEST).contentType(ContentType.JSON)
                .body(Map.of("url", url, "intervalSeconds", INTERVAL_SECONDS, "source", "Claim Desk", "language", "en"))
                .when().post("/v1/feeds")
                .then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }

    /** Notes when the feed was asked for, then answers its one item after {@link #ANSWER_AFTER}. */
    private static void slowFeed(HttpExchange exchange, String marker, Map<String, List<Instant>> fetches)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        fetches.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(Instant.now());
        await().pollDelay(ANSWER_AFTER).atMost(ANSWER_AFTER.plusSeconds(1)).until(() -> true);
        byte[] body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Claim Desk</title><link>http://example.com/</link>
                <item><title>Tide tables for the estuary %1$s</title><guid>urn:it:claim:%1$s%2$s</guid>
                <pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate>
                <description>High water at the estuary mouth is an hour later this week.</description></item>
                </channel></rss>""".formatted(marker, path).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The polls of registered feeds that succeeded on this instance so far. */
    private static double okPolls(String instance) {
        return Metrics.sum(instance, "newsflow_feed_polls_total", "outcome=\"ok\"");
    }
}
