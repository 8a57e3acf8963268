package io.newsflow.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** A record the pipeline cannot read is set aside with its reason; the records after it still flow. */
class DeadLetterIT {

    @Test
    void malformedRecordGoesToDeadLetterTopicWhileTheNextRecordIsIndexed() throws Exception {
        String id = "it-" + UUID.randomUUID();
        byte[] malformed = ("{\"id\": \"" + id + "-broken\", \"title\": \"cut off").getBytes(StandardCharsets.UTF_8);
        byte[] valid = ("{\"id\": \"" + id + "\", \"title\": \"Harbour workers strike in Kirkwall\", "
                + "\"body\": \"Dock workers in Kirkwall walked out on Monday over pay.\", "
                + "\"published\": \"2025-06-02T09:00:00Z\", \"language\": \"en\", \"source\": \"it\"}").getBytes(StandardCharsets.UTF_8);

        TestStack.sendRaw(malformed, valid);

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + id)
                        .then().statusCode(200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ConsumerRecord<byte[], byte[]> dead = TestStack.readAll(Topics.INGEST_DEAD_LETTER, Duration.ofSeconds(3)).stream()
                    .filter(r -> Arrays.equals(r.value(), malformed))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("malformed record not in " + Topics.INGEST_DEAD_LETTER));
            Header reason = dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).startsWith("malformed-json");
        });
    }

    @Test
    void unreadableNormalisedRecordGoesToExtractDeadLetterTopicWhileTheNextArticleIsIndexed() throws Exception {
        String id = "it-" + UUID.randomUUID();
        byte[] unreadable = ("{\"id\": \"" + id + "\", \"headline\": \"cut off").getBytes(StandardCharsets.UTF_8);
        byte[] valid = ("{\"id\": \"" + id + "\", \"title\": \"Ferry crews in Kirkwall vote on a new rota\", "
                + "\"body\": \"Ferry crews in Kirkwall voted on Tuesday on a new rota (" + id + ").\", "
                + "\"published\": \"2025-06-03T09:00:00Z\", \"language\": \"en\", \"source\": \"it\"}").getBytes(StandardCharsets.UTF_8);

        // Under the article's id, as ingest-service keys it: the unreadable record sits just before the article
        // on the same partition, so extract-service must pass it to reach the article.
        TestStack.send(Topics.ARTICLES_NORMALISED, id, unreadable);
        TestStack.sendRaw(valid);

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + id)
                        .then().statusCode(200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<byte[], byte[]>> dead = TestStack.readAll(Topics.EXTRACT_DEAD_LETTER, Duration.ofSeconds(3)).stream()
                    .filter(r -> Arrays.equals(r.key(), id.getBytes(StandardCharsets.UTF_8)))
                    .toList();
            assertThat(dead).as("records under %s in %s", id, Topics.EXTRACT_DEAD_LETTER).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(unreadable);
            Header reason = dead.get(0).headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
            assertThat(reason).as(Topics.DEAD_LETTER_REASON_HEADER).isNotNull();
            // The reason code extract-service counts it under, then what was wrong.
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).startsWith("invalid-payload: not a valid NormalisedArticle");
        });
    }
}
