package io.newsflow.it.ingest;

import static io.restassured.RestAssured.given;

import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
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
 * the push endpoint, and the gateway as a reader sees it (with the tests' reader API key).
 */
final class IngestStack {

    static final String INGEST = System.getProperty("newsflow.ingest", "http://127.0.0.1:18081");
    static final String GATEWAY = System.getProperty("newsflow.gateway", "http://127.0.0.1:18080");
    static final String KAFKA = System.getProperty("newsflow.kafka", "127.0.0.1:19092");
    static final Duration PIPELINE = TestStack.PIPELINE;

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

    /** The gateway as a reader, with the integration tests' reader key. */
    static RequestSpecification gateway() {
        return given().baseUri(GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey());
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
}
