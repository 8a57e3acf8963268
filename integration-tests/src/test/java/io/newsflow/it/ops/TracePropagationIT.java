package io.newsflow.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * One trace from a push to the index: an article pushed to the gateway with a W3C {@code traceparent} comes out on
 * the normalised and the enriched topics with that trace id in the records' own {@code traceparent} headers, as an
 * operator (or the collector) sees it. The test stack runs with tracing on and a sampling ratio of 0 (see this
 * module's pom), so context flows without any span being recorded or exported.
 */
class TracePropagationIT {

    private static final String TRACEPARENT = "traceparent";

    @Test
    void traceIdOfAPushReachesTheNormalisedAndEnrichedRecords() {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpanId = HexFormat.of().formatHex(randomBytes(8));
        String id = "trace-" + UUID.randomUUID();
        String key = GatewayKeys.create("ingester", "trace propagation test", null).key();

        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .header(TRACEPARENT, "00-" + traceId + "-" + parentSpanId + "-00")
                .contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"title\": \"Ferry link to Gozo resumes\", "
                        + "\"body\": \"The ferry between Malta and Gozo sailed again on Tuesday after the storm (" + id + ").\", "
                        + "\"published\": \"2025-06-03T09:00:00Z\", \"language\": \"en\", \"source\": \"it-trace\"}")
                .when().post("/v1/ingest")
                .then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + id)
                        .then().statusCode(200));

        assertThat(traceIdsOf(id, Topics.ARTICLES_NORMALISED)).as("trace ids on %s", Topics.ARTICLES_NORMALISED).containsExactly(traceId);
        assertThat(traceIdsOf(id, Topics.ARTICLES_ENRICHED)).as("trace ids on %s", Topics.ARTICLES_ENRICHED).containsExactly(traceId);
    }

    /** The trace id of each record of this article on a topic (W3C: version-traceid-spanid-flags). */
    private static List<String> traceIdsOf(String articleId, String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = TestStack.readAll(topic, Duration.ofSeconds(5)).stream()
                .filter(r -> r.key() != null && articleId.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .toList();
        assertThat(records).as("records of %s on %s", articleId, topic).isNotEmpty();
        return records.stream()
                .map(r -> r.headers().lastHeader(TRACEPARENT))
                .map(TracePropagationIT::traceIdOf)
                .toList();
    }

    private static String traceIdOf(Header header) {
        if (header == null) {
            return "(no traceparent header)";
        }
        String[] parts = new String(header.value(), StandardCharsets.US_ASCII).split("-");
        return parts.length == 4 ? parts[1] : "(malformed: " + String.join("-", parts) + ")";
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
