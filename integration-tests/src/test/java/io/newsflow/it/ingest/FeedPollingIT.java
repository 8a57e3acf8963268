package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A registered feed is polled, its items become searchable, and the next poll is a conditional GET. */
class FeedPollingIT {

    private static final String ETAG = "\"it-feed-1\"";

    private HttpServer server;
    private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
    private final String marker = IngestStack.marker();
    private final String guid = "urn:it:feed:" + UUID.randomUUID();
    private Long feedId;

    @BeforeEach
    void startFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss.xml", this::rss);
        server.createContext("/loop-a", exchange -> redirect(exchange, "/loop-b"));
        server.createContext("/loop-b", exchange -> redirect(exchange, "/loop-a"));
        server.start();
    }

    @AfterEach
    void stop() {
        if (feedId != null) {
            given().baseUri(IngestStack.INGEST).when().delete("/v1/feeds/{id}", feedId);
        }
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
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
        Number id = given().baseUri(IngestStack.INGEST).contentType(ContentType.JSON)
                .body(Map.of("url", url, "intervalSeconds", intervalSeconds, "source", "IT Feed", "language", "en"))
                .when().post("/v1/feeds")
                .then().statusCode(201)
                .extract().path("id");
        feedId = id.longValue();
        return feedId;
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
}
