package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import com.sun.net.httpserver.HttpExchange;
import io.newsflow.it.Metrics;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registered feed is polled, its items become searchable, and the next poll is a conditional GET; a feed may not
 * lead the service to this machine or a private network. The stack allows feeds on {@code http://127.0.0.1:} (the
 * test's feed server, standing in for a public one: integration-tests/pom.xml), and nothing else private.
 */
class FeedPollingIT {

    private static final String ETAG = "\"it-feed-1\"";

    private FeedServer feeds;
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final String marker = IngestStack.marker();
    private final String guid = "urn:it:feed:" + UUID.randomUUID();

    @BeforeEach
    void startFeedServer() throws IOException {
        feeds = new FeedServer();
        feeds.serve("/rss.xml", this::rss);
        feeds.serve("/loop-a", exchange -> redirect(exchange, "/loop-b"));
        feeds.serve("/loop-b", exchange -> redirect(exchange, "/loop-a"));
        feeds.serve("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        feeds.serve("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + feeds.port() + "/rss.xml"));
    }

    @AfterEach
    void stop() {
        feeds.close();
    }

    private String url(String path) {
        return feeds.url(path);
    }

    private void rss(HttpExchange exchange) throws IOException {
        String validator = exchange.getRequestHeaders().getFirst("If-None-Match");
        ifNoneMatch.add(String.valueOf(validator));
        if (ETAG.equals(validator)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>IT Feed</title><link>http://example.com/</link>
                <item><title>Glacier retreat measured in Patagonia %1$s</title><guid isPermaLink="false">%2$s-1</guid>
                <pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate>
                <description>Scientists measured how far the glacier retreated this year.</description></item>
                <item><title>Youth orchestra tours Andean towns %1$s</title><guid isPermaLink="false">%2$s-2</guid>
                <pubDate>Mon, 02 Jun 2025 10:00:00 GMT</pubDate>
                <description>The orchestra plays in twelve small towns this month.</description></item>
                </channel></rss>""".formatted(marker, guid).getBytes(StandardCharsets.UTF_8);
        // Servers often send feeds as text/html: the service reads the content, not the header.
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("ETag", ETAG);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private long register(String url, int intervalSeconds) {
        return feeds.register(Map.of("url", url, "intervalSeconds", intervalSeconds, "source", "IT Feed", "language", "en"));
    }

    private static Map<String, Object> feed(long id) {
        return given().baseUri(IngestStack.INGEST).when().get("/v1/feeds/{id}", id)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    @Test
    void registeredFeedIsPolledAndItsItemsAreSearchable() {
        long id = register(url("/rss.xml"), 3600);

        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrder(guid + "-1", guid + "-2"));
        List<Map<String, Object>> found = IngestStack.search(marker);
        assertThat(found).extracting(item -> item.get("source")).containsOnly("IT Feed");

        // The poll records its outcome after it has sent the items on, so the items may be searchable first.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Object> afterFirst = feed(id);
            assertThat(afterFirst.get("status")).isEqualTo("ok");
            assertThat(afterFirst.get("itemsSeen")).isEqualTo(2);
            assertThat(afterFirst.get("etag")).isEqualTo(ETAG);
        });

        // The next poll sends the validator and is told nothing changed.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(IngestStack.INGEST).when().post("/v1/feeds/{id}/poll", id).then().statusCode(200));
        assertThat(ifNoneMatch).first().isEqualTo("null");
        assertThat(ifNoneMatch).last().isEqualTo(ETAG);
        Map<String, Object> afterSecond = feed(id);
        assertThat(afterSecond.get("lastStatus")).isEqualTo(304);
        assertThat(afterSecond.get("status")).isEqualTo("ok");
        assertThat(afterSecond.get("itemsSeen")).isEqualTo(2);
    }

    @Test
    void feedThatRedirectsInALoopShowsAClearLastError() {
        long id = register(url("/loop-a"), 3600);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Object> health = feed(id);
            assertThat(health.get("status")).isEqualTo("failing");
            assertThat((String) health.get("lastError")).startsWith("redirect loop: " + url("/loop-a"));
        });
        List<Map<String, Object>> all = given().baseUri(IngestStack.INGEST).when().get("/v1/feeds/health")
                .then().statusCode(200).extract().jsonPath().getList("feeds");
        assertThat(all).extracting(f -> ((Number) f.get("id")).longValue()).contains(id);
    }

    @Test
    void feedRedirectingToTheMetadataAddressOrThisMachineIsAFailedPoll() {
        double before = privateAddressPolls();
        long toMetadata = register(url("/to-metadata"), 3600);
        long toLocalhost = register(url("/to-localhost"), 3600);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Object> metadata = feed(toMetadata);
            assertThat(metadata.get("status")).isEqualTo("failing");
            assertThat((String) metadata.get("lastError")).isEqualTo("redirect not followed (" + url("/to-metadata")
                    + " -> http://169.254.169.254/latest/meta-data/): feed must be a public address, not this machine or a "
                    + "private network (an operator may allow such URLs with newsflow.ingest.feeds.allowed-prefixes)");
            Map<String, Object> local = feed(toLocalhost);
            assertThat(local.get("status")).isEqualTo("failing");
            assertThat((String) local.get("lastError"))
                    .contains(" -> http://localhost:" + feeds.port() + "/rss.xml): feed must be a public address");
        });
        assertThat(ifNoneMatch).as("the feed behind the refused redirect was never asked").isEmpty();
        assertThat(privateAddressPolls()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void feedOnAPrivateNetworkIsRefusedAtRegistration() {
        given().baseUri(IngestStack.INGEST).contentType(ContentType.JSON)
                .body(Map.of("url", "http://10.0.0.1/feed.xml"))
                .when().post("/v1/feeds")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("invalid-feed"))
                .body("detail", startsWith("feed must be a public address, not this machine or a private network"));
        List<String> urls = given().baseUri(IngestStack.INGEST).when().get("/v1/feeds")
                .then().statusCode(200).extract().jsonPath().getList("url");
        assertThat(urls).doesNotContain("http://10.0.0.1/feed.xml");
    }

    /** ingest-service's polls failed with reason private-address so far. */
    private static double privateAddressPolls() {
        return Metrics.sum(IngestStack.INGEST, "newsflow_feed_polls_total", "outcome=\"failed\"", "reason=\"private-address\"");
    }
}
