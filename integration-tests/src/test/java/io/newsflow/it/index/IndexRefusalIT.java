package io.newsflow.it.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EnrichedArticle;
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
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * A document Elasticsearch refuses (an event placed at latitude 500) sends its article to newsflow.index.dlq with
 * Elasticsearch's reason, read from the bulk answer as index-service asks for it (only index, id, status and error
 * per item), naming the enriched record it was made from; the article beside it in the same batch is indexed as
 * usual. An unreadable curated entity goes there too, naming its record.
 */
class IndexRefusalIT {

    @Test
    void anArticleWhoseEventElasticsearchRefusesIsDeadLetteredWithTheReasonAndItsNeighbourIsIndexed() throws Exception {
        String refusedId = "index-refusal-" + UUID.randomUUID();
        String fineId = "index-refusal-" + UUID.randomUUID();
        ArticleEvent offTheMap = new ArticleEvent("04", "04", "opened", List.of(), "Nowhere", null, 500.0, 20.0,
                LocalDate.now(), null);
        TestStack.sendEnriched(
                new EnrichedArticle(EntityNamesIT.article(refusedId, "Varnel Bank"), "en", List.of(), List.of(offTheMap), Instant.now()),
                new EnrichedArticle(EntityNamesIT.article(fineId, "Ostrom Mills"), "en", List.of(), List.of(), Instant.now()));

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + fineId)
                        .then().statusCode(200));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ConsumerRecord<byte[], byte[]> dead = TestStack.readAll(Topics.INDEX_DEAD_LETTER, Duration.ofSeconds(3)).stream()
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(refusedId))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(refusedId + " not in " + Topics.INDEX_DEAD_LETTER));
            Header reason = dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8))
                    .startsWith("refused: article indexed, but")
                    .contains("location");
            assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_TOPIC_HEADER).value(), StandardCharsets.UTF_8))
                    .as("the record it was made from").isEqualTo(Topics.ARTICLES_ENRICHED);
            assertThat(dead.headers().lastHeader(Topics.DEAD_LETTER_OFFSET_HEADER)).isNotNull();
        });
    }

    @Test
    void anUnreadableCuratedEntryIsDeadLetteredNamingItsRecord() throws Exception {
        String marker = "curated-garbage-" + UUID.randomUUID();
        TestStack.send(Topics.ENTITIES_CURATED, marker, ("{\"id\": \"" + marker + "\", \"names\": [").getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            ConsumerRecord<byte[], byte[]> dead = TestStack.readAll(Topics.INDEX_DEAD_LETTER, Duration.ofSeconds(3)).stream()
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(marker + " not in " + Topics.INDEX_DEAD_LETTER));
            assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .startsWith("invalid-payload");
            assertThat(new String(dead.headers().lastHeader(Topics.DEAD_LETTER_TOPIC_HEADER).value(), StandardCharsets.UTF_8))
                    .as("the record it was made from").isEqualTo(Topics.ENTITIES_CURATED);
            assertThat(dead.headers().lastHeader(Topics.DEAD_LETTER_PARTITION_HEADER)).isNotNull();
            assertThat(dead.headers().lastHeader(Topics.DEAD_LETTER_OFFSET_HEADER)).isNotNull();
        });
    }
}
