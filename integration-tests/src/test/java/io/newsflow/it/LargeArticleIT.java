package io.newsflow.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An article far over Kafka's default record size (1 MB), well within ingest-service's document limit (5 MiB), goes
 * the whole way: normalised, enriched and indexed records each carry it whole, so every producer on the way must take
 * it, and the broker too; and a search that finds it answers although its body is past Elasticsearch's highlighting
 * limit.
 */
class LargeArticleIT {

    @Test
    void anArticleOfThreeMegabytesIsSearchableWithItsWholeBody() throws Exception {
        String id = "large-" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; body.length() < 3_000_000; paragraph++) {
            body.append("Paragraph ").append(paragraph).append(": the harbour board of Tresco met shipping lines on ")
                    .append("Tuesday to discuss berth fees, dredging and the winter timetable of the island ferries.\\n\\n");
        }
        String document = "{\"id\": \"" + id + "\", \"title\": \"Harbour board publishes its full minutes\", \"body\": \""
                + body + "\", \"published\": \"2025-06-05T09:00:00Z\", \"language\": \"en\", \"source\": \"large-it\"}";
        assertThat(document.length()).as("bytes of the document").isGreaterThan(3_000_000);

        TestStack.sendRaw(document.getBytes(StandardCharsets.UTF_8));

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/" + id)
                        .then().statusCode(200));
        Map<String, Object> article = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().get("/v1/articles/" + id)
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat((String) article.get("headline")).isEqualTo("Harbour board publishes its full minutes");
        assertThat((String) article.get("body")).as("the body as searchable")
                .startsWith("Paragraph 0: the harbour board of Tresco")
                .hasSizeGreaterThan(2_900_000);

        // Found by a word deep in its body, highlights on (the default): a body past Elasticsearch's highlighting
        // limit (a million characters analysed) must not fail the search that finds it.
        List<Map<String, Object>> items = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("q", "Tresco dredging").queryParam("source", "large-it")
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).extracting(item -> item.get("id")).containsExactly(id);
    }
}
