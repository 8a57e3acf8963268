package io.newsflow.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.launcher.Stack;
import io.newsflow.launcher.StackSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL away: the services that use it (ingest-service, api-gateway, extract-service) say they are not ready and
 * report {@code newsflow_dependency_up{dependency="postgresql"} 0}, then are ready again with 1 once it returns.
 */
class PostgresReadinessIT {

    /** The launcher's name of the PostgreSQL process. */
    private static final String POSTGRES = "postgres";
    private static final List<String> USERS_OF_POSTGRES = List.of(
            System.getProperty("newsflow.ingest"), System.getProperty("newsflow.gateway"), System.getProperty("newsflow.extract"));

    @Test
    void readinessAndDependencyGaugeFollowPostgres() {
        Stack stack = new Stack(StackSettings.fromEnvironment(System.getenv(), 1));
        for (String service : USERS_OF_POSTGRES) {
            assertThat(postgresUp(service)).as("newsflow_dependency_up{dependency=postgresql} on %s before", service).isEqualTo("1.0");
        }

        stack.stop(POSTGRES, false);
        try {
            for (String service : USERS_OF_POSTGRES) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    given().baseUri(service).when().get("/q/health/ready").then().statusCode(503);
                    assertThat(postgresUp(service)).as("gauge on %s while PostgreSQL is down", service).isEqualTo("0.0");
                });
            }
        } finally {
            stack.start(POSTGRES);
        }

        for (String service : USERS_OF_POSTGRES) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                given().baseUri(service).when().get("/q/health/ready").then().statusCode(200);
                assertThat(postgresUp(service)).as("gauge on %s once PostgreSQL is back", service).isEqualTo("1.0");
            });
        }
    }

    /** The value of the service's PostgreSQL gauge as /q/metrics prints it, or "absent". */
    private static String postgresUp(String service) {
        return given().baseUri(service).when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("newsflow_dependency_up{") && line.contains("dependency=\"postgresql\""))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .findFirst()
                .orElse("absent");
    }
}
