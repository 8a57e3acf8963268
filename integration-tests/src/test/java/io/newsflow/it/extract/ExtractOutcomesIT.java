package io.newsflow.it.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Metrics;
import io.newsflow.it.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * extract-service counts an article published when Kafka has acknowledged its enriched copy (an outgoing interceptor
 * of the enriched-articles channel): on the running service, the counter moves with the articles that pass.
 */
class ExtractOutcomesIT {

    private static final String EXTRACT = System.getProperty("newsflow.extract");
    private static final int ARTICLES = 3;

    @Test
    void articlesKafkaAcknowledgedAreCountedPublished() throws Exception {
        double receivedBefore = count("received");
        double publishedBefore = count("published");
        String run = UUID.randomUUID().toString().substring(0, 8);

        for (int i = 0; i < ARTICLES; i++) {
            TestStack.sendRaw(("{\"id\": \"outcomes-" + run + "-" + i + "\", \"title\": \"Ferry timetable " + run + " part " + i
                    + "\", \"body\": \"The winter timetable of the " + run + " ferry, part " + i + ".\", "
                    + "\"published\": \"2025-06-07T09:00:00Z\", \"language\": \"en\", \"source\": \"outcomes-" + run + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        }

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(count("received") - receivedBefore).as("articles extract-service received").isGreaterThanOrEqualTo(ARTICLES);
            assertThat(count("published") - publishedBefore).as("enriched articles Kafka acknowledged").isGreaterThanOrEqualTo(ARTICLES);
        });
    }

    /** newsflow_items_total{stage="extract",outcome=...} on extract-service's /q/metrics; 0 before the first. */
    private static double count(String outcome) {
        return Metrics.sum(EXTRACT, "newsflow_items_total", "stage=\"extract\"", "outcome=\"" + outcome + "\"");
    }
}
