package io.newsflow.it.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Articles;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every metric a dashboard or alert of deploy/k8s uses exists on the running services once traffic (good and bad) has
 * flowed; an unreadable raw record counts as a dead letter and an unreadable push as a rejection, each by its reason.
 */
class MetricsIT {

    private static final String INGEST = System.getProperty("newsflow.ingest");
    private static final List<String> SERVICES = List.of(
            INGEST, System.getProperty("newsflow.extract"),
            System.getProperty("newsflow.index"), GatewayMetrics.URL);

    @Test
    void everyMetricOfTheDashboardsAndAlertsIsExposed() throws Exception {
        Articles articles = Articles.of(3);
        TestStack.sendRaw("<rss><channel><item>cut off".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TestStack.sendRaw(articles.raw());
        given().baseUri(INGEST).contentType("application/json").body("{\"id\": \"metrics-push-1\", \"headline\": \"Cut")
                .when().post("/v1/ingest")
                .then().statusCode(400);
        await().atMost(TestStack.PIPELINE).ignoreExceptions().until(articles::allSearchableOnce);

        String scraped = scrape();
        List<String> families = Files.readAllLines(Path.of(System.getProperty("newsflow.root"), "deploy/k8s/METRICS.txt")).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();

        assertThat(families).isNotEmpty().allSatisfy(family ->
                assertThat(scraped).as("metric family %s on some service", family).containsPattern("(?m)^" + family + "(_bucket|_count|_sum|_total)?[{ ]"));
        for (String service : SERVICES) {
            String own = given().baseUri(service).when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(families.stream().filter(family -> own.contains("\n" + family + "_count")))
                    .as("histograms of %s, which the dashboards read quantiles from", service)
                    .allSatisfy(family -> assertThat(own).containsPattern("(?m)^" + family + "_bucket\\{"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .containsPattern("(?m)^newsflow_dead_letters_total\\{[^}]*reason=\"malformed-xml\"[^}]*} [1-9]")
                .containsPattern("(?m)^newsflow_rejections_total\\{[^}]*reason=\"malformed-json\"[^}]*} [1-9]"));
    }

    private static String scrape() {
        return String.join("\n", SERVICES.stream()
                .map(url -> given().baseUri(url).when().get("/q/metrics").then().statusCode(200).extract().asString())
                .toList());
    }

    /**
     * Under Quarkus's class loader lz4-java picks its pure-Java code unless the service loads the native library
     * first (service-support's NativeLz4); the services that read and write Kafka's lz4 batches report which one runs.
     */
    @Test
    void theKafkaServicesCompressWithNativeLz4() {
        List<String> kafkaServices = List.of(
                System.getProperty("newsflow.ingest"), System.getProperty("newsflow.extract"), System.getProperty("newsflow.index"));

        assertThat(kafkaServices).allSatisfy(url ->
                assertThat(given().baseUri(url).when().get("/q/metrics").then().statusCode(200).extract().asString())
                        .as("lz4 implementation of %s", url)
                        .containsPattern("(?m)^newsflow_kafka_lz4_native(\\{[^}]*})? 1\\.0$"));
    }
}
