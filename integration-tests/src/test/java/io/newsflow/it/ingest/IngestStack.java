package io.newsflow.it.ingest;

import io.newsflow.it.TestStack;

import static io.restassured.RestAssured.given;

import io.newsflow.launcher.KeysCommand;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the ingestion tests need of the running test stack: its addresses (the system properties the build sets),
 * the push endpoint, and the gateway as a reader sees it (with a reader API key when the gateway asks for one).
 */
final class IngestStack {

    static final String INGEST = System.getProperty("newsflow.ingest", "http://127.0.0.1:18081");
    static final String GATEWAY = System.getProperty("newsflow.gateway", "http://127.0.0.1:18080");
    static final String KAFKA = System.getProperty("newsflow.kafka", "127.0.0.1:19092");
    static final String POSTGRES = System.getProperty("newsflow.postgres", "jdbc:postgresql://127.0.0.1:15432/newsflow");
    static final Duration PIPELINE = TestStack.PIPELINE;

    private static volatile String readerKey;

    private IngestStack() {
    }

    /** A fresh id, so that tests never see each other's articles. */
    static String id(String kind) {
        return "it-ingest-" + kind + "-" + UUID.randomUUID();
    }

    /** A word no other article has, to find a test's articles by full-text search. */
    static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Response push(String body, String contentType) {
        return push(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    static Response push(byte[] body, String contentType) {
        RequestSpecification request = given().baseUri(INGEST).body(body);
        if (contentType != null) {
            request.contentType(contentType);
        }
        return request.when().post("/v1/ingest");
    }

    /** The gateway as a reader: with a reader key made for these tests when the gateway keeps keys. */
    static RequestSpecification gateway() {
        RequestSpecification request = given().baseUri(GATEWAY);
        String key = readerKey();
        return key == null ? request : request.header("X-API-Key", key);
    }

    /** The results of a full-text search through the gateway. */
    static List<Map<String, Object>> search(String q) {
        return gateway().queryParam("q", q).queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static List<String> searchIds(String q) {
        return search(q).stream().map(item -> (String) item.get("id")).toList();
    }

    /** The gateway's answer for one article: 200 with it, 404 when it is unknown or killed. */
    static Response article(String id) {
        return gateway().when().get("/v1/articles/{id}", id);
    }

    /** Every record of a topic from the beginning (see {@link TestStack#readAll}). */
    static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration within) {
        return TestStack.readAll(topic, within);
    }

    private static String readerKey() {
        if (readerKey == null) {
            synchronized (IngestStack.class) {
                if (readerKey == null) {
                    readerKey = makeReaderKey();
                }
            }
        }
        return readerKey.isEmpty() ? null : readerKey;
    }

    private static String makeReaderKey() {
        try {
            return KeysCommand.create(POSTGRES, System.getenv().getOrDefault("NEWSFLOW_DB_PASSWORD", "newsflow"),
                    "reader", "it-ingest", null).key();
        } catch (RuntimeException e) {
            // A gateway without API keys: read without one.
            return "";
        }
    }
}
