package io.newsflow.it.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.contracts.Topics;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Records that are JSON but no article or entity cost nothing but themselves: each is dead-lettered alone with its
 * reason, its poll is indexed, and the curated channel lives on. A kill sent right behind its article (same poll,
 * or within the events index's refresh interval) leaves none of the article's events searchable.
 */
class BadEnrichedRecordsIT {

    private static ConsumerRecord<byte[], byte[]> deadLetter(String marker) {
        return TestStack.readAll(Topics.INDEX_DEAD_LETTER, Duration.ofSeconds(3)).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker))
                .findFirst()
                .orElseThrow(() -> new AssertionError(marker + " not in " + Topics.INDEX_DEAD_LETTER));
    }

    @Test
    void jsonThatIsNoArticleIsDeadLetteredAloneAndTheRestOfItsPollIsIndexed() throws Exception {
        String marker = "no-article-" + UUID.randomUUID();
        String fineId = "no-article-neighbour-" + UUID.randomUUID();
        byte[] fine = EventCodec.write(new EnrichedArticle(EntityNamesIT.article(fineId, "Brennick Dairy"), "en",
                List.of(), List.of(), Instant.now())).getBytes(StandardCharsets.UTF_8);
        // One key: one partition, so the three come in one poll (or consecutive ones).
        TestStack.send(Topics.ARTICLES_ENRICHED, marker, ("{\"language\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8),
                "null".getBytes(StandardCharsets.UTF_8), fine);

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + fineId)
                        .then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TestStack.header(deadLetter(marker), Topics.DEAD_LETTER_REASON_HEADER))
                        .isEqualTo("invalid-payload: not an EnrichedArticle: no article"));
    }

    @Test
    void aCuratedEntryThatIsNoEntityIsDeadLetteredAndTheChannelLivesOn() throws Exception {
        String marker = "curated-no-type-" + UUID.randomUUID();
        TestStack.send(Topics.ENTITIES_CURATED, marker, ("{\"id\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(TestStack.header(deadLetter(marker), Topics.DEAD_LETTER_REASON_HEADER))
                        .startsWith("invalid-payload: curated entity " + marker + " without its type"));
        given().baseUri(TestStack.INDEX).when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aKillRightBehindItsArticleLeavesNoneOfItsEventsSearchable() throws Exception {
        String id = "kill-behind-" + UUID.randomUUID();
        NormalisedArticle usable = EntityNamesIT.article(id, "Corvane Shipping");
        ArticleEvent event = new ArticleEvent("04", "04", "opened", List.of(), "Lisbon", null, 38.72, -9.14,
                LocalDate.now(), "Corvane Shipping opened a new office on Monday.");
        NormalisedArticle kill = new NormalisedArticle(id, usable.version(), usable.firstCreated(), usable.versionCreated(),
                PubStatus.CANCELED, null, "en", null, null, null, usable.source(), null, usable.format(), null, null, null,
                null, null, false, null, null, null).withIngestFacts("it", id + "-kill", id, Instant.now());
        TestStack.sendEnriched(new EnrichedArticle(usable, "en", List.of(), List.of(event, event, event), Instant.now()),
                new EnrichedArticle(kill, "en", List.of(), List.of(), Instant.now()));

        String killed = "{\"query\":{\"bool\":{\"filter\":[{\"ids\":{\"values\":[\"" + id + "\"]}},"
                + "{\"term\":{\"killed\":true}}]}}}";
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.ELASTICSEARCH).contentType("application/json").body(killed)
                        .when().post("/newsflow-articles/_count")
                        .then().statusCode(200).body("count", equalTo(1)));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .queryParam("article", id)
                        .when().get("/v1/events")
                        .then().statusCode(200).body("total", equalTo(0)));
    }
}
