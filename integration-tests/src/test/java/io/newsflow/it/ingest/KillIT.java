package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.gateway.SseEvents;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
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

    /**
     * The name of the first event of {@code /v1/stream?q=marker} (from {@code since}) whose data carries {@code id}:
     * "article", "killed", or null when none comes within a minute.
     */
    private static String streamEventAbout(String id, String marker, Instant since) throws Exception {
        HttpRequest request = SseEvents.request("q=" + marker + "&since=" + since, Duration.ofSeconds(60)).build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            return SseEvents.nameOfEventWith(lines.iterator(), id, Duration.ofMinutes(1));
        }
    }

    @Test
    void killRemovesTheArticleFromSearchAndReads() throws Exception {
        Instant start = Instant.now().minusSeconds(5);
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

        // A live client following the same search learns of the kill, though the tombstone no longer matches it.
        assertThat(streamEventAbout(id, marker, start)).as("stream event about the killed article").isEqualTo("killed");

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
