package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.faults.StackControl;
import io.newsflow.launcher.Stack;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** An item embargoed until a future time is held, even across a crash of ingest-service, and published on time. */
class EmbargoIT {

    @Test
    void embargoedItemIsHeldAcrossARestartAndNotSearchableUntilReleased() {
        String id = IngestStack.id("embargo");
        String marker = IngestStack.marker();
        // Far enough ahead for a restart of ingest-service and a watch of the held item after it: a restart takes
        // 5-10 s on an idle machine and took 27 s at a load of 11.
        Instant embargo = Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        String document = "{\"id\": \"" + id + "\", \"title\": \"Central bank rate decision " + marker + "\","
                + " \"body\": \"The central bank kept its main rate unchanged.\", \"published\": \"2025-06-02T09:00:00Z\","
                + " \"embargoed\": \"" + embargo + "\", \"language\": \"en\", \"source\": \"it-ingest\"}";

        IngestStack.push(document, "application/json").then().statusCode(202)
                .body("published", Matchers.equalTo(0))
                .body("items[0].outcome", Matchers.equalTo("HELD"));

        // kill -9 while the item is held: only what ingest-service keeps in PostgreSQL can bring it back.
        Stack stack = StackControl.stack();
        stack.stop("ingest-service", true);
        stack.start("ingest-service");

        // Held until the embargo: not readable, not searchable. Watched until shortly before the embargo, however
        // long the push and the restart took (a fixed watch could outlast the embargo and see the release).
        Duration hold = Duration.between(Instant.now(), embargo).minusSeconds(2);
        assertThat(hold).as("time left before the embargo to watch the item held").isGreaterThan(Duration.ofSeconds(3));
        await().during(hold).atMost(hold.plusSeconds(5)).untilAsserted(() -> {
            IngestStack.article(id).then().statusCode(404);
            assertThat(IngestStack.searchIds(marker)).isEmpty();
        });

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));
        assertThat(Instant.now()).isAfterOrEqualTo(embargo);
        IngestStack.article(id).then().statusCode(200);
    }
}
