package io.newsflow.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What the trace tests do alike: push a document through the gateway under a W3C {@code traceparent}, wait until the
 * gateway serves the article, and read the {@code traceparent} headers of the article's records on a topic.
 */
final class TracedPush {

    static final String TRACEPARENT = "traceparent";

    private TracedPush() {
    }

    /** A random trace or span id: {@code bytes} random bytes in lower-case hex. */
    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** A W3C traceparent of this trace with a random parent span, sampled (flags 01) or not (00). */
    static String traceparent(String traceId, boolean sampled) {
        return "00-" + traceId + "-" + randomHex(8) + (sampled ? "-01" : "-00");
    }

    /** Pushes a simple-JSON document to the gateway's {@code POST /v1/ingest} with this traceparent header. */
    static ValidatableResponse push(String traceparent, String document) {
        String key = GatewayKeys.create("ingester", "trace test", null).key();
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .header(TRACEPARENT, traceparent)
                .contentType("application/json")
                .body(document)
                .when().post("/v1/ingest")
                .then();
    }

    /** Waits until the gateway serves the article: it is indexed, so its records are on both topics. */
    static void awaitServed(String id) {
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + id)
                        .then().statusCode(200));
    }

    /**
     * The {@code traceparent} header of each record of this article on a topic, in its four parts (version, trace id,
     * span id, flags); null for a record without one. Fails when the topic has no record of the article.
     */
    static List<String[]> traceparentsOf(String articleId, String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = TestStack.readAll(topic, Duration.ofSeconds(30)).stream()
                .filter(r -> r.key() != null && articleId.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .toList();
        assertThat(records).as("records of %s on %s", articleId, topic).isNotEmpty();
        return records.stream()
                .map(r -> r.headers().lastHeader(TRACEPARENT))
                .map(TracedPush::parts)
                .toList();
    }

    private static String[] parts(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.US_ASCII).split("-");
    }
}
