package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A kill takes the article out of every search and read; an Atom tombstone (version 1, like its entry) is a kill. */
class KillIT {

    private static final String ATOM = "application/atom+xml";

    private static String entry(String id, String marker) {
        return """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>IT wire</title><id>urn:it:feed</id>
                <updated>2025-06-02T09:00:00Z</updated>
                <entry><id>%s</id><title>Bridge closed after barge strike %s</title>
                <updated>2025-06-02T09:00:00Z</updated><published>2025-06-02T09:00:00Z</published>
                <content type="text">A barge struck the old bridge, which was closed to traffic.</content></entry>
                </feed>""".formatted(id, marker);
    }

    private static String tombstone(String id) {
        return """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0">
                <title>IT wire</title><id>urn:it:feed</id><updated>2025-06-02T10:00:00Z</updated>
                <at:deleted-entry ref="%s" when="2025-06-02T10:00:00Z"/>
                </feed>""".formatted(id);
    }

    @Test
    void killRemovesTheArticleFromSearchAndReads() {
        String id = IngestStack.id("kill");
        String marker = IngestStack.marker();
        IngestStack.push(entry(id, marker), ATOM).then().statusCode(202);
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));

        IngestStack.push(tombstone(id), ATOM)
                .then().statusCode(202)
                .body("items[0].id", Matchers.equalTo(id))
                .body("items[0].outcome", Matchers.equalTo("KILLED"));

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            IngestStack.article(id).then().statusCode(404);
            assertThat(IngestStack.searchIds(marker)).isEmpty();
        });

        // The ledger keeps what happened.
        assertThat(given().baseUri(IngestStack.INGEST).when().get("/v1/ledger/{id}", id)
                .then().statusCode(200).extract().jsonPath().getList("outcome", String.class))
                .containsExactly("ACCEPTED", "KILLED");

        // The entry sent again (a feed that still lists it) does not bring it back.
        IngestStack.push(entry(id, marker), ATOM).then().statusCode(202)
                .body("items[0].outcome", Matchers.is(Matchers.not("ACCEPTED")));
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                IngestStack.article(id).then().statusCode(404));
    }
}
