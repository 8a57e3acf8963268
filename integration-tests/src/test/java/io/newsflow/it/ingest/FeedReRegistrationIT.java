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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A feed deleted by mistake and registered again under the same URL is the same feed: it keeps its id, so the
 * articles it stored before are still its own and its corrections to them go out (a new id would find every one of
 * them owned by the deleted feed and refused as {@code foreign-id}).
 */
class FeedReRegistrationIT {

    private final AtomicReference<String> item = new AtomicReference<>();

    @Test
    void feedRegisteredAgainAfterADeleteKeepsItsIdAndUpdatesItsArticles() throws IOException {
        String marker = IngestStack.marker();
        String articleId = "urn:it:reregistered:" + marker;
        item.set(item(articleId, "Ferry fares frozen " + marker, "Mon, 02 Jun 2025 09:00:00 GMT"));
        try (FeedServer feeds = new FeedServer()) {
            feeds.serve("/rss.xml", this::serve);
            Map<String, Object> request = Map.of("url", feeds.url("/rss.xml"), "intervalSeconds", 3600,
                    "source", "Harbour Desk", "language", "en");
            long first = feeds.register(request);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(outcomes(articleId)).containsExactly("ACCEPTED"));

            given().baseUri(IngestStack.INGEST).when().delete("/v1/feeds/{id}", first).then().statusCode(204);
            given().baseUri(IngestStack.INGEST).when().get("/v1/feeds/{id}", first).then().statusCode(404);
            item.set(item(articleId, "Ferry fares frozen until spring " + marker, "Mon, 02 Jun 2025 11:00:00 GMT"));
            long again = feeds.register(request);

            assertThat(again).as("the id of the feed registered again").isEqualTo(first);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(outcomes(articleId)).containsExactly("ACCEPTED", "UPDATED"));
            await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(IngestStack.search(marker)).singleElement()
                            .satisfies(found -> assertThat(found.get("headline"))
                                    .isEqualTo("Ferry fares frozen until spring " + marker)));
        }
    }

    private static String item(String id, String title, String published) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Desk</title><link>http://example.com/</link>
                <item><title>%s</title><guid isPermaLink="false">%s</guid><pubDate>%s</pubDate>
                <description>The ferry company keeps this year's fares for residents and visitors.</description></item>
                </channel></rss>""".formatted(title, id, published);
    }

    /** The ledger outcomes of the article, oldest first. */
    private static List<String> outcomes(String articleId) {
        return given().baseUri(IngestStack.INGEST).when().get("/v1/ledger/{id}", articleId)
                .then().statusCode(200).extract().jsonPath().getList("outcome");
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = item.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
