package io.newsflow.it.ops;

import static io.newsflow.it.ops.DependencyHealth.awaitReadiness;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.newsflow.launcher.Stack;
import io.newsflow.launcher.StackSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL away: the services that need it to do their work (ingest-service, extract-service) say they are not
 * ready; api-gateway stays ready, since searches need only Elasticsearch (and keys it has cached), so a PostgreSQL
 * failover does not take every gateway pod out of its Service, and a key it found active reads on past its cache TTL.
 * All three report {@code newsflow_dependency_up{dependency="postgresql"} 0}, then 1 once it returns. Meanwhile new
 * articles, new versions of earlier ones and a malformed record flow: ingest-service waits and takes them again when
 * PostgreSQL returns. Nothing is lost, nothing doubled, the newest version wins, and only the malformed record is
 * dead-lettered. (One outage for both, so the build stops PostgreSQL once.)
 */
class PostgresReadinessIT {

    /** The launcher's name of the PostgreSQL process. */
    private static final String POSTGRES = "postgres";
    /** The gauge's name for it. */
    private static final String POSTGRESQL = "postgresql";
    private static final String GATEWAY = System.getProperty("newsflow.gateway");
    private static final int BEFORE = 20;
    private static final int DURING = 20;
    private static final List<String> NEED_POSTGRES = List.of(
            System.getProperty("newsflow.ingest"), System.getProperty("newsflow.extract"));

    @Test
    void gatewayStaysReadyAndSearchesWhilePostgresIsAwayTheOthersAreNotReadyAndNothingIsLost() throws Exception {
        Stack stack = new Stack(StackSettings.fromEnvironment(System.getenv(), 1));
        // The test before may have just restarted PostgreSQL or a service: start from every service ready.
        for (String service : NEED_POSTGRES) {
            awaitReadiness(service, POSTGRESQL, 200, "1.0", Duration.ofSeconds(60));
        }
        awaitReadiness(GATEWAY, POSTGRESQL, 200, "1.0", Duration.ofSeconds(60));
        Articles articles = Articles.of(BEFORE + DURING);
        byte[][] firstVersions = articles.raw();
        TestStack.sendRaw(Arrays.copyOfRange(firstVersions, 0, BEFORE));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> articles.searchable().size() == BEFORE);
        String word = "pgaway" + UUID.randomUUID().toString().replace("-", "");
        String id = "it-" + UUID.randomUUID();
        TestStack.sendRaw(("{\"id\": \"" + id + "\", \"title\": \"Lerwick harbour reopens\", "
                + "\"body\": \"The harbour at Lerwick reopened on Monday (" + word + ").\", "
                + "\"published\": \"2025-06-04T09:00:00Z\", \"language\": \"en\", \"source\": \"it\"}")
                .getBytes(StandardCharsets.UTF_8));
        // Searched once before: the reader key is then in the gateway's cache.
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(search(word)).containsExactly(id));
        Instant lookedUp = Instant.now();

        stack.stop(POSTGRES, false);
        try {
            TestStack.sendRaw(articles.updates(BEFORE));
            TestStack.sendRaw(articles.malformed());
            TestStack.sendRaw(Arrays.copyOfRange(firstVersions, BEFORE, BEFORE + DURING));
            for (String service : NEED_POSTGRES) {
                awaitReadiness(service, POSTGRESQL, 503, "0.0", Duration.ofSeconds(30));
            }
            awaitReadiness(GATEWAY, POSTGRESQL, 200, "0.0", Duration.ofSeconds(30));
            given().baseUri(GATEWAY).when().get("/q/health/well").then().statusCode(503);
            assertThat(search(word)).as("a search while PostgreSQL is away").containsExactly(id);
            // Past the key's cache TTL, a failover that lasts: the key, known active, still reads.
            Duration untilExpired = Duration.between(Instant.now(), lookedUp.plus(TestStack.KEY_CACHE_TTL).plusSeconds(2));
            if (!untilExpired.isNegative()) {
                await().pollDelay(untilExpired).atMost(untilExpired.plusSeconds(1)).until(() -> true);
            }
            assertThat(search(word)).as("a search past the key's cache TTL while PostgreSQL is away").containsExactly(id);
        } finally {
            stack.start(POSTGRES);
        }

        for (String service : NEED_POSTGRES) {
            awaitReadiness(service, POSTGRESQL, 200, "1.0", Duration.ofSeconds(60));
        }
        awaitReadiness(GATEWAY, POSTGRESQL, 200, "1.0", Duration.ofSeconds(60));
        given().baseUri(GATEWAY).when().get("/q/health/well").then().statusCode(200);
        articles.assertDeliveredOnceInNewestVersion(TestStack.RECOVERY);
    }

    private static List<String> search(String word) {
        return given().baseUri(GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey()).queryParam("q", word)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }
}
