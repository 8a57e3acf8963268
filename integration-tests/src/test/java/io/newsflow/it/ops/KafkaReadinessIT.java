package io.newsflow.it.ops;

import static io.newsflow.it.ops.DependencyHealth.awaitReadiness;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.launcher.Stack;
import io.newsflow.launcher.StackSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kafka broker away: the services that use it (ingest-service, extract-service, index-service) say they are not
 * ready and report {@code newsflow_dependency_up{dependency="kafka"} 0} while staying alive, then are ready again with
 * 1 once it returns. The api-gateway, which has no Kafka channel, stays ready throughout. Articles and new versions
 * sent on either side of the restart all arrive where they belong, once; the malformed records reach the dead-letter
 * topic, at least once. (One restart for both, so the build stops the broker once.)
 */
class KafkaReadinessIT {

    /** The launcher's name of the Kafka broker process, and the gauge's name for it. */
    private static final String KAFKA = "kafka";
    private static final List<String> USERS_OF_KAFKA = List.of(
            System.getProperty("newsflow.ingest"), System.getProperty("newsflow.extract"), System.getProperty("newsflow.index"));
    private static final String GATEWAY = System.getProperty("newsflow.gateway");
    private static final int UPDATED = 10;

    @Test
    void readinessAndDependencyGaugeFollowKafkaWhileLivenessHoldsAndArticlesOnBothSidesArriveOnce() throws Exception {
        Stack stack = new Stack(StackSettings.fromEnvironment(System.getenv(), 1));
        // The test before may have just restarted an engine: start from every service ready.
        for (String service : USERS_OF_KAFKA) {
            awaitReadiness(service, KAFKA, 200, "1.0", Duration.ofSeconds(60));
        }

        Articles before = Articles.of(20);
        Articles after = Articles.of(20);
        TestStack.sendRaw(before.raw());
        TestStack.sendRaw(before.malformed());

        stack.stop(KAFKA, false);
        try {
            for (String service : USERS_OF_KAFKA) {
                awaitReadiness(service, KAFKA, 503, "0.0", Duration.ofSeconds(30));
            }
            for (String service : USERS_OF_KAFKA) {
                given().baseUri(service).when().get("/q/health/live").then().statusCode(200);
            }
            given().baseUri(GATEWAY).when().get("/q/health/ready").then().statusCode(200);
            assertThat(DependencyHealth.gauge(GATEWAY, KAFKA)).as("kafka gauge on the gateway").isEqualTo("absent");
        } finally {
            stack.start(KAFKA);
        }

        TestStack.sendRaw(before.updates(UPDATED));
        TestStack.sendRaw(after.raw());
        TestStack.sendRaw(after.updates(UPDATED));
        TestStack.sendRaw(after.malformed());
        for (String service : USERS_OF_KAFKA) {
            awaitReadiness(service, KAFKA, 200, "1.0", Duration.ofSeconds(60));
        }
        before.assertDeliveredOnceInNewestVersionAcrossABrokerRestart(TestStack.RECOVERY);
        after.assertDeliveredOnceInNewestVersionAcrossABrokerRestart(TestStack.RECOVERY);
    }
}
