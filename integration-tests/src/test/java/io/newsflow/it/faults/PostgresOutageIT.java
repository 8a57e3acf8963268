package io.newsflow.it.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.newsflow.launcher.Stack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL away for 20 s while new articles and new versions of earlier ones flow: ingest-service waits and takes
 * them again when it returns. Nothing is dead-lettered, nothing lost, nothing doubled, and the newest version wins.
 */
class PostgresOutageIT {

    private static final int BEFORE = 20;
    private static final int DURING = 20;

    @Test
    void articlesAndUpdatesSentWhilePostgresIsDownAreSearchableOnceInTheirNewestVersion() throws Exception {
        Stack stack = StackControl.stack();
        Articles articles = Articles.of(BEFORE + DURING);
        byte[][] firstVersions = articles.raw();
        TestStack.sendRaw(Arrays.copyOfRange(firstVersions, 0, BEFORE));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> versions(articles).size() == BEFORE);

        stack.stop("postgres", false);
        try {
            TestStack.sendRaw(secondVersions(articles));
            TestStack.sendRaw(Arrays.copyOfRange(firstVersions, BEFORE, BEFORE + DURING));
            await().pollDelay(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(21)).until(() -> true);
        } finally {
            stack.start("postgres");
        }

        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < BEFORE + DURING; i++) {
            expected.put(articles.ids().get(i), i < BEFORE ? 2 : 1);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .untilAsserted(() -> {
                    assertThat(articles.searchable()).as("each article once").hasSize(BEFORE + DURING);
                    assertThat(versions(articles)).isEqualTo(expected);
                });

        for (String topic : List.of(Topics.INGEST_DEAD_LETTER, Topics.EXTRACT_DEAD_LETTER, Topics.INDEX_DEAD_LETTER)) {
            assertThat(TestStack.readAll(topic, Duration.ofSeconds(30)))
                    .as("records of this batch in " + topic)
                    .noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(articles.source()));
        }
    }

    /** Version 2 of the first articles, with new text so that it is an update, not a re-submission. */
    private static byte[][] secondVersions(Articles articles) {
        byte[][] raw = new byte[BEFORE][];
        for (int i = 0; i < BEFORE; i++) {
            raw[i] = ("{\"id\": \"" + articles.ids().get(i) + "\", \"version\": 2, "
                    + "\"title\": \"Port workers reach a deal with the mayor, round " + i + "\", "
                    + "\"body\": \"Port workers and the mayor of Valletta agreed on pay on Tuesday, round " + i
                    + " (" + articles.source() + ").\", \"published\": \"2025-06-03T09:00:00Z\", \"language\": \"en\", "
                    + "\"source\": \"" + articles.source() + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        return raw;
    }

    /** The version the gateway shows of each article of the batch. */
    private static Map<String, Integer> versions(Articles articles) {
        List<Map<String, Object>> items = given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("source", articles.source())
                .queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        Map<String, Integer> versions = new HashMap<>();
        for (Map<String, Object> item : items) {
            versions.put((String) item.get("id"), ((Number) item.get("version")).intValue());
        }
        return versions;
    }
}
