package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * A feed cannot kill or rewrite another agency's story by naming its id: an RSS or Atom item (tombstones included)
 * may change only an article first stored from RSS or Atom under its own source. The refusal stays in the ledger.
 */
class ForeignFeedItemIT {

    private static final String ATOM = "application/atom+xml";
    private static final String RSS = "application/rss+xml";

    private static String agencyStory(String id, String marker) {
        return "{\"id\": \"" + id + "\", \"version\": 1, \"title\": \"Desalination plant opens in Salalah " + marker
                + "\", \"body\": \"The plant will supply water to forty thousand homes.\","
                + " \"published\": \"2025-06-02T09:00:00Z\", \"language\": \"en\", \"source\": \"Gulf Wire Service\"}";
    }

    private static String tombstone(String id) {
        return """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0">
                <title>Gulf Wire Service</title><id>urn:it:hostile-feed</id><updated>2025-06-02T10:00:00Z</updated>
                <at:deleted-entry ref="%s" when="2025-06-02T10:00:00Z"/>
                </feed>""".formatted(id);
    }

    private static String rssItem(String id) {
        return """
                <rss version="2.0"><channel><title>Gulf Wire Service</title><link>https://hostile.example/</link>
                <description>d</description>
                <item><guid isPermaLink="false">%s</guid><title>Desalination plant closed for good</title>
                <description>The plant has been shut down.</description>
                <pubDate>Mon, 02 Jun 2025 11:00:00 GMT</pubDate></item>
                </channel></rss>""".formatted(id);
    }

    @Test
    void feedItemsNamingAnAgencyStoryNeitherKillNorReplaceIt() {
        String id = IngestStack.id("foreign");
        String marker = IngestStack.marker();
        IngestStack.push(agencyStory(id, marker), "application/json").then().statusCode(202);
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));

        // Each document's only item is refused, so the push as a whole has no usable item (422), and says why.
        IngestStack.push(tombstone(id), ATOM).then().statusCode(422)
                .body("type", Matchers.equalTo("urn:newsflow:problem:no-usable-item"))
                .body("detail", Matchers.containsString("foreign-id: the article was first stored from json"));
        IngestStack.push(rssItem(id), RSS).then().statusCode(422)
                .body("detail", Matchers.containsString("foreign-id:"));

        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            IngestStack.article(id).then().statusCode(200)
                    .body("headline", Matchers.startsWith("Desalination plant opens in Salalah"));
            assertThat(IngestStack.searchIds(marker)).containsExactly(id);
        });
        assertThat(given().baseUri(IngestStack.INGEST).when().get("/v1/ledger/{id}", id)
                .then().statusCode(200).extract().jsonPath().getList("outcome", String.class))
                .containsExactly("ACCEPTED", "REJECTED", "REJECTED");
    }
}
