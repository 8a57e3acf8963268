package io.newsflow.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The foundation's promise: an article written into the ingest topic is found through the gateway seconds later. */
class SeedArticleIT {

    private static final String SEED = "seed-rome-defence";

    @Test
    void arabicSeedArticleIsSearchableThroughTheGatewayWithEntitiesAndLedgerRow() throws Exception {
        TestStack.sendRaw(TestStack.evalArticle(SEED).getBytes(StandardCharsets.UTF_8));

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> items = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                    .queryParam("q", "روما")
                    .when().get("/v1/articles")
                    .then().statusCode(200)
                    .extract().jsonPath().getList("items");
            assertThat(items).extracting(item -> item.get("id")).contains(SEED);
        });

        Map<String, Object> article = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().get("/v1/articles/" + SEED)
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(article.get("language")).isEqualTo("ar");
        assertThat((String) article.get("headline")).contains("العاصمة الإيطالية");
        assertThat((List<?>) article.get("entities")).isNotEmpty();

        try (Connection db = TestStack.database();
             PreparedStatement query = db.prepareStatement(
                     "select outcome from article_ledger where article_id = ? order by received_at, id")) {
            query.setString(1, SEED);
            ResultSet rows = query.executeQuery();
            // The test stack starts empty (no samples), so this is the article's first and only row.
            assertThat(rows.next()).as("ledger row for " + SEED).isTrue();
            assertThat(rows.getString(1)).isEqualTo("ACCEPTED");
            assertThat(rows.next()).as("a second ledger row for " + SEED).isFalse();
        }
    }
}
