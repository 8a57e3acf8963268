package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A polled feed's articles belong to that feed: another feed that copies its source name and its ids can neither
 * delete nor replace them (the ledger says why), while a feed deletes its own entries by tombstone whatever source
 * each entry names (an aggregator's entries carry their own {@code <source>}).
 */
class FeedOwnershipIT {

    private FeedServer feeds;
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private final String marker = IngestStack.marker();

    @BeforeEach
    void startFeedServer() throws IOException {
        feeds = new FeedServer();
        feeds.serve("/", this::serve);
    }

    @AfterEach
    void stop() {
        feeds.close();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String document = documents.get(exchange.getRequestURI().getPath());
        if (document == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = document.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Registers a feed served at {@code path}; with a source name every item gets it, without one items keep their own. */
    private long register(String path, String source) {
        Map<String, Object> request = new HashMap<>(Map.of("url", feeds.url(path), "intervalSeconds", 3600,
                "language", "en"));
        if (source != null) {
            request.put("source", source);
        }
        return feeds.register(request);
    }

    private static String feed(String title, String content) {
        return """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0">
                <title>%s</title><id>urn:it:feed:%s</id><updated>2025-06-02T12:00:00Z</updated>
                %s
                </feed>""".formatted(title, UUID.randomUUID(), content);
    }

    private static String entry(String id, String title, String updated, String source) {
        return """
                <entry><id>%s</id><title>%s</title><updated>%s</updated>%s
                <summary>Passengers were told at the quay.</summary></entry>""".formatted(id, title, updated,
                source == null ? "" : "<source><title>" + source + "</title></source>");
    }

    private static String tombstone(String id) {
        return "<at:deleted-entry ref=\"" + id + "\" when=\"2025-06-02T12:00:00Z\"/>";
    }

    private static List<Map<String, Object>> ledger(String id) {
        return given().baseUri(IngestStack.INGEST).when().get("/v1/ledger/{id}", id)
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void feedCopyingAnotherFeedsSourceNameAndIdsNeitherDeletesNorReplacesItsStory() {
        String id = "urn:it:owned:" + UUID.randomUUID();
        documents.put("/harbour.xml", feed("Harbour Desk",
                entry(id, "Ferry terminal reopens " + marker, "2025-06-02T09:00:00Z", null)));
        register("/harbour.xml", "Harbour Desk");
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));

        documents.put("/copy-kill.xml", feed("Harbour Desk", tombstone(id)));
        documents.put("/copy-edit.xml", feed("Harbour Desk",
                entry(id, "Ferry terminal closed for good " + marker, "2025-06-02T11:00:00Z", null)));
        long kill = register("/copy-kill.xml", "Harbour Desk");
        long edit = register("/copy-edit.xml", "Harbour Desk");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(ledger(id)).hasSize(3));
        List<Map<String, Object>> history = ledger(id);
        assertThat(history).extracting(row -> row.get("outcome")).containsExactly("ACCEPTED", "REJECTED", "REJECTED");
        assertThat(history.subList(1, 3)).extracting(row -> (String) row.get("reason"))
                .allSatisfy(reason -> assertThat(reason).startsWith("foreign-id: the article belongs to feed "))
                .anySatisfy(reason -> assertThat(reason).contains("an item of feed " + kill + " "))
                .anySatisfy(reason -> assertThat(reason).contains("an item of feed " + edit + " "));
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                IngestStack.article(id).then().statusCode(200)
                        .body("headline", Matchers.startsWith("Ferry terminal reopens")));
    }

    @Test
    void aggregatorFeedDeletesItsOwnEntriesWhateverSourceTheyName() {
        String gone = "urn:it:aggregated:" + UUID.randomUUID();
        String kept = "urn:it:aggregated:" + UUID.randomUUID();
        String keptEntry = entry(kept, "Valley school reopens " + marker, "2025-06-02T09:30:00Z", "Valley Gazette");
        documents.put("/roundup.xml", feed("Regional Roundup",
                entry(gone, "Hill road closed " + marker, "2025-06-02T09:00:00Z", "Hill Courier") + keptEntry));
        long roundup = register("/roundup.xml", null);
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrder(gone, kept));

        documents.put("/roundup.xml", feed("Regional Roundup", tombstone(gone) + keptEntry));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(IngestStack.INGEST).when().post("/v1/feeds/{id}/poll", roundup).then().statusCode(200));

        assertThat(ledger(gone)).extracting(row -> row.get("outcome")).containsExactly("ACCEPTED", "KILLED");
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            IngestStack.article(gone).then().statusCode(404);
            assertThat(IngestStack.searchIds(marker)).containsExactly(kept);
        });
    }
}
