package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.newsflow.it.faults.StackControl;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * With ingest-service down, the gateway answers the write routes that need it with a 503 problem, while the read
 * API keeps answering (an article read says its version history is missing); once ingest-service is back, pushes
 * go through again (the circuit breaker closes after its delay). With extract-service down, extraction is a 503 and
 * an entity's page still answers, saying its names per language are missing.
 */
class BackendDownIT {

    /** An article; its id is in its body too, so that no two pushes are duplicates of each other. */
    private static final String PUSHED = """
            {"id": "%1$s", "title": "Night trains return to Ostend", "body": "The night service resumes in June (%1$s).",
             "published": "2025-06-07T09:00:00Z", "language": "en", "source": "backend-down-it"}""";

    @Test
    void writesNeedingADownBackendAnswer503AndReadsGoOn() {
        String ingester = GatewayKeys.create("ingester", "backend down test", null).key();
        String before = "gw-down-before-" + UUID.randomUUID();
        push(ingester, before).then().statusCode(202);
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                read("/v1/articles/" + before).then().statusCode(200));

        StackControl.stack().stop("ingest-service", false);
        try {
            JsonPath problem = push(ingester, "gw-down-" + UUID.randomUUID())
                    .then().statusCode(503).contentType("application/problem+json")
                    .extract().jsonPath();
            assertThat(problem.getInt("status")).isEqualTo(503);
            assertThat(problem.getString("detail")).isNotBlank().doesNotContain("127.0.0.1", "Exception");

            assertThat(read("/v1/articles?q=Ostend&source=backend-down-it&limit=100").then().statusCode(200)
                    .extract().jsonPath().getList("items.id", String.class)).contains(before);
            JsonPath article = read("/v1/articles/" + before).then().statusCode(200).extract().jsonPath();
            assertThat(article.getString("headline")).isEqualTo("Night trains return to Ostend");
            assertThat(article.getBoolean("historyAvailable")).isFalse();
        } finally {
            StackControl.stack().start("ingest-service");
        }

        String after = "gw-down-after-" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                push(ingester, after).then().statusCode(202));
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(read("/v1/articles/" + after).then().statusCode(200).extract().jsonPath()
                        .getList("history.outcome", String.class)).isEqualTo(List.of("ACCEPTED")));
    }

    @Test
    void withExtractServiceDownExtractionIs503AndEntityPagesGoOn() {
        String ingester = GatewayKeys.create("ingester", "extract down test", null).key();
        String article = "gw-extract-down-" + UUID.randomUUID();
        push(ingester, article).then().statusCode(202);
        List<String> entities = await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).until(() ->
                read("/v1/articles/" + article).then().extract().jsonPath().getList("entities.id", String.class),
                ids -> ids != null && !ids.isEmpty());

        StackControl.stack().stop("extract-service", false);
        try {
            String curator = GatewayKeys.create("curator", "extract down test", null).key();
            given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, curator)
                    .contentType("application/json").body("{\"title\": \"Ferries\", \"body\": \"Ferries sail again.\"}")
                    .when().post("/v1/extract")
                    .then().statusCode(503).contentType("application/problem+json");
            JsonPath page = read("/v1/entities/" + entities.get(0)).then().statusCode(200).extract().jsonPath();
            assertThat(page.getString("id")).isEqualTo(entities.get(0));
            assertThat(page.getMap("namesByLanguage")).isNull();
            assertThat(page.getString("notice")).contains("extract-service");
        } finally {
            StackControl.stack().start("extract-service");
        }
    }

    private static Response push(String key, String id) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json").body(PUSHED.formatted(id))
                .when().post("/v1/ingest");
    }

    private static Response read(String path) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey()).when().get(path);
    }
}
