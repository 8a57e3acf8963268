package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Values PostgreSQL would refuse (U+0000, a "language" longer than its column) cost at most their own item: the rest
 * of the document is recorded and published, and a held item carrying one is released like any other, without
 * holding back the embargoes due after it.
 */
class RefusedValuesIT {

    @Test
    void itemWithANulInItsIdIsRejectedAloneAndTheOthersAreSearchable() {
        String marker = IngestStack.marker();
        String good = IngestStack.id("nul-good");
        String document = "[{\"id\": \"" + good + "\", \"title\": \"Lock gates repaired " + marker + "\", \"language\": \"en\"},"
                + " {\"id\": \"" + IngestStack.id("nul") + "\\u0000\", \"title\": \"Lock gates " + marker + "\\u0000\"},"
                + " {\"id\": \"" + IngestStack.id("long-language") + "\", \"title\": \"Lock gates open " + marker + "\","
                + " \"language\": \"" + "x".repeat(300) + "\"}]";

        IngestStack.push(document, "application/json").then().statusCode(202)
                .body("published", Matchers.equalTo(2))
                .body("items.outcome", Matchers.hasItem("REJECTED"));

        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).hasSize(2).contains(good));
    }

    @Test
    void heldItemWithAnOverlongLanguageIsReleasedAndSoIsTheOneDueAfterIt() {
        String marker = IngestStack.marker();
        String first = IngestStack.id("embargo-long-language");
        String second = IngestStack.id("embargo-after");
        Instant due = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);

        hold(first, "Port tariffs announced " + marker, due, "x".repeat(300));
        hold(second, "Port tariffs explained " + marker, due.plusSeconds(2), "en");

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrder(first, second));
    }

    private static void hold(String id, String title, Instant embargo, String language) {
        String document = "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"Tariffs change in spring.\","
                + " \"embargoed\": \"" + embargo + "\", \"language\": \"" + language + "\"}";
        IngestStack.push(document, "application/json").then().statusCode(202)
                .body("items[0].outcome", Matchers.equalTo("HELD"));
    }
}
