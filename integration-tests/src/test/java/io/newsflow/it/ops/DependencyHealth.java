package io.newsflow.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.gateway.GatewayMetrics;
import java.time.Duration;

/** What a running service says about one engine it uses: its readiness and its {@code newsflow_dependency_up} gauge. */
final class DependencyHealth {

    private DependencyHealth() {
    }

    /** Waits, up to {@code bound}, until the service answers readiness with {@code status} and the gauge reads {@code gauge}. */
    static void awaitReadiness(String service, String dependency, int status, String gauge, Duration bound) {
        await().atMost(bound).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            given().baseUri(service).when().get("/q/health/ready").then().statusCode(status);
            assertThat(gauge(service, dependency)).as("newsflow_dependency_up{dependency=%s} on %s", dependency, service).isEqualTo(gauge);
        });
    }

    /**
     * The value of the service's gauge for this engine as /q/metrics prints it ("1.0", "0.0"), or "absent". The
     * gateway serves its metrics on its management port, not on its API port.
     */
    static String gauge(String service, String dependency) {
        String metrics = service.equals(System.getProperty("newsflow.gateway")) ? GatewayMetrics.URL : service;
        return given().baseUri(metrics).when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("newsflow_dependency_up{") && line.contains("dependency=\"" + dependency + "\""))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .findFirst()
                .orElse("absent");
    }
}
