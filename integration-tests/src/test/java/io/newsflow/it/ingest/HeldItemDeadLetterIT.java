package io.newsflow.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.Metrics;
import io.newsflow.it.TestStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A held item whose release PostgreSQL refuses is not lost when it leaves the held items: it is on ingest's
 * dead-letter topic, as it was held, with its reason and its article id, and counted under {@code release-failed}.
 */
class HeldItemDeadLetterIT {

    @Test
    void heldItemPostgresRefusesIsDeadLetteredAsItWasHeld() throws Exception {
        String refused = IngestStack.id("held-dead-letter");
        Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        // A row held by an older build: the text column takes JSON's escape of U+0000, the ledger refuses the source.
        String article = "{\"id\": \"" + refused + "\", \"version\": 1, \"headline\": \"Lighthouse keepers return\","
                + " \"body\": \"Two keepers move back to the island.\", \"language\": \"en\","
                + " \"source\": \"Old build\\u0000desk\", \"format\": \"json\", \"embargoed\": \"" + due + "\"}";
        double before = releaseFailedDeadLetters();
        try (Connection db = TestStack.database();
             PreparedStatement insert = db.prepareStatement("insert into held_item (id, article_id, version, release_at,"
                     + " received_at, channel, article) values (?, ?, 1, ?, now(), 'push', ?)")) {
            insert.setLong(1, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            insert.setString(2, refused);
            insert.setTimestamp(3, Timestamp.from(due));
            insert.setString(4, article);
            insert.executeUpdate();
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(TestStack.readAll(Topics.INGEST_DEAD_LETTER, Duration.ofSeconds(20)))
                        .filteredOn(record -> refused.equals(TestStack.header(record, "dead-letter-item")))
                        .singleElement()
                        .satisfies(record -> {
                            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(article);
                            assertThat(TestStack.header(record, Topics.DEAD_LETTER_REASON_HEADER))
                                    .startsWith("release-failed: PostgreSQL refused it (SQL state 22");
                        }));
        assertThat(releaseFailedDeadLetters()).isEqualTo(before + 1);
    }

    /** newsflow_dead_letters_total{stage="ingest",reason="release-failed"} on ingest-service; 0 before the first. */
    private static double releaseFailedDeadLetters() {
        return Metrics.sum(IngestStack.INGEST, "newsflow_dead_letters_total", "reason=\"release-failed\"");
    }
}
