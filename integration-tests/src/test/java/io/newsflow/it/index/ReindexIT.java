package io.newsflow.it.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.newsflow.launcher.Newsflow;
import io.newsflow.search.ArticleIndex;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ./newsflow reindex articles} while articles keep coming: afterwards every article and every update written
 * before, during and after the swap is found exactly once, at its newest version, in the new month index.
 */
class ReindexIT {

    private static final String INGEST = System.getProperty("newsflow.ingest", "http://127.0.0.1:18081");
    private static final String GATEWAY = System.getProperty("newsflow.gateway", "http://127.0.0.1:18080");
    private static final Duration PIPELINE = Duration.ofSeconds(90);

    private final String source = "it-reindex-" + UUID.randomUUID();
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    /** 1950-1979: after MonthlyArticlesIT's months (it drops everything before its second one), before the rest. */
    private final YearMonth month = YearMonth.of(1950 + ThreadLocalRandom.current().nextInt(30), 1 + ThreadLocalRandom.current().nextInt(12));

    private void push(int n, int version) {
        String id = source + "-" + n;
        String body = "{\"id\": \"" + id + "\", \"version\": " + version + ", \"title\": \"Tram line " + n + " reopens, take "
                + version + " " + marker + "\", \"body\": \"The tram line " + n + " reopened after works (" + id + ", take " + version + ").\", "
                + "\"firstcreated\": \"" + month.atDay(2) + "T07:00:00Z\", \"published\": \"" + month.atDay(2) + "T07:0" + version + ":00Z\", "
                + "\"language\": \"en\", \"source\": \"" + source + "\"}";
        given().baseUri(INGEST).contentType("application/json").body(body)
                .when().post("/v1/ingest")
                .then().statusCode(202);
    }

    /** Id to version of every article the gateway finds for this test, each id as often as it appears. */
    private List<Map<String, Object>> found() {
        return given().baseUri(GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("q", marker).queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @Test
    void articlesWrittenDuringAReindexAreAllFoundOnceAtTheirNewestVersion() throws Exception {
        for (int n = 0; n < 10; n++) {
            push(n, 1);
        }
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(found()).hasSize(10));

        // While the reindex runs: ten new articles and an update of each of the first ten, each push a round trip.
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int n = 0; n < 10; n++) {
                push(10 + n, 1);
                push(n, 2);
            }
        });
        int status = Newsflow.run(new String[] {"reindex", "articles"});
        writer.get(2, TimeUnit.MINUTES);
        assertThat(status).isZero();

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> items = found();
            List<String> ids = new ArrayList<>(items.stream().map(item -> (String) item.get("id")).toList());
            assertThat(ids).hasSize(20).doesNotHaveDuplicates();
            assertThat(items).allSatisfy(item -> {
                int n = Integer.parseInt(((String) item.get("id")).substring(source.length() + 1));
                assertThat(item.get("version")).isEqualTo(n < 10 ? 2 : 1);
            });
        });
        Map<String, Object> aliases = given().baseUri(TestStack.ELASTICSEARCH)
                .when().get("/_alias/" + ArticleIndex.monthAlias(month))
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(aliases.keySet()).singleElement().satisfies(index -> {
            assertThat(index).startsWith(ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, month) + "-");
            assertThat(ArticleIndex.monthOfIndex(index)).contains(month);
        });
    }
}
