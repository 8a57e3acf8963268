package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deep paging's cursors are Elasticsearch points in time, each holding the segments of every shard: the last page
 * closes its cursor, and one caller keeps at most {@code newsflow.gateway.cursors.max-open-per-caller} (10) open.
 */
class CursorLimitsIT {

    private static final int MAX_OPEN_PER_CALLER = 10;
    private static final String SOURCE = "cursor-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final int ARTICLES = 3;

    @BeforeAll
    static void indexArticlesOfThisSource() throws Exception {
        for (int i = 1; i <= ARTICLES; i++) {
            TestStack.sendRaw(("{\"id\": \"" + SOURCE + "-" + i + "\", \"title\": \"Tide tables for the estuary, part " + i
                    + "\", \"body\": \"High water at the harbour mouth moves later each day.\", \"published\": "
                    + "\"2025-06-0" + i + "T09:00:00Z\", \"language\": \"en\", \"source\": \"" + SOURCE + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        await().atMost(TestStack.PIPELINE).ignoreExceptions().untilAsserted(() ->
                assertThat(given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .queryParam("source", SOURCE)
                        .when().get("/v1/articles").then().statusCode(200).extract().jsonPath().getLong("total"))
                        .isEqualTo(ARTICLES));
    }

    @Test
    void theLastPageClosesItsPointInTime() {
        Response first = page(GatewayKeys.readerKey(), "start", 2);
        String cursor = first.then().statusCode(200).extract().jsonPath().getString("nextCursor");
        assertThat(cursor).isNotNull();
        String pit = JsonPath.from(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)).getString("p");
        assertThat(searchThrough(pit)).as("the point in time is open while pages are left").isEqualTo(200);

        JsonPath last = page(GatewayKeys.readerKey(), cursor, 2).then().statusCode(200).extract().jsonPath();
        assertThat(last.getList("items")).hasSize(1);
        assertThat(last.getString("nextCursor")).isNull();

        assertThat(searchThrough(pit)).as("the last page closed the point in time").isEqualTo(404);
    }

    @Test
    void aCallerWithAllItsCursorsOpenGets429UntilItReadsOneToTheEnd() {
        String key = GatewayKeys.create("reader", "cursor cap test", 100_000).key();
        String kept = null;
        for (int i = 0; i < MAX_OPEN_PER_CALLER; i++) {
            kept = page(key, "start", 1).then().statusCode(200).extract().jsonPath().getString("nextCursor");
            assertThat(kept).as("cursor " + (i + 1)).isNotNull();
        }

        Response refused = page(key, "start", 1);
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:newsflow:problem:too-many-cursors");
        assertThat(refused.jsonPath().getString("detail")).contains(String.valueOf(MAX_OPEN_PER_CALLER), "last page");
        // Offset paging and other callers are not held back.
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key).queryParam("source", SOURCE)
                .when().get("/v1/articles").then().statusCode(200);
        page(GatewayKeys.readerKey(), "start", 1).then().statusCode(200);

        String next = kept;
        int pages = 0;
        while (next != null) {
            next = page(key, next, 1).then().statusCode(200).extract().jsonPath().getString("nextCursor");
            assertThat(++pages).as("pages read").isLessThanOrEqualTo(ARTICLES);
        }
        page(key, "start", 1).then().statusCode(200);
    }

    private static Response page(String key, String cursor, int limit) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .queryParam("source", SOURCE).queryParam("limit", limit).queryParam("cursor", cursor)
                .when().get("/v1/articles");
    }

    /** Elasticsearch's answer to a search through this point in time: 200 while it is open, 404 once closed. */
    private static int searchThrough(String pit) {
        return given().baseUri(TestStack.ELASTICSEARCH).contentType("application/json")
                .body(Map.of("size", 0, "pit", Map.of("id", pit)))
                .when().post("/_search").then().extract().statusCode();
    }
}
