package io.newsflow.it.ops;

import static io.newsflow.it.ops.DependencyHealth.awaitReadiness;

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
    /** The gauge's name for it. */
    private static final String POSTGRESQL = "postgresql";
    private static final List<String> USERS_OF_POSTGRES = List.of(
            System.getProperty("newsflow.ingest"), System.getProperty("newsflow.gateway"), System.getProperty("newsflow.extract"));

    @Test
    void readinessAndDependencyGaugeFollowPostgres() {
        Stack stack = new Stack(StackSettings.fromEnvironment(System.getenv(), 1));
        // The test before may have just restarted PostgreSQL or a service: start from every service ready.
        for (String service : USERS_OF_POSTGRES) {
            awaitReadiness(service, POSTGRESQL, 200, "1.0", Duration.ofSeconds(60));
        }

        stack.stop(POSTGRES, false);
        try {
            for (String service : USERS_OF_POSTGRES) {
                awaitReadiness(service, POSTGRESQL, 503, "0.0", Duration.ofSeconds(30));
            }
        } finally {
            stack.start(POSTGRES);
        }

        for (String service : USERS_OF_POSTGRES) {
            awaitReadiness(service, POSTGRESQL, 200, "1.0", Duration.ofSeconds(60));
        }
    }
}
