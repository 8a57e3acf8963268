package io.newsflow.ingest.service;

import static io.newsflow.ingest.messaging.RecordingEmitter.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.Topics;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.messaging.ArticlePublisher;
import io.newsflow.ingest.messaging.RecordingEmitter;
import io.newsflow.ingest.repository.ArticleLedgerRepository;
import io.newsflow.ingest.repository.HeldItem;
import io.newsflow.ingest.repository.HeldItemRepository;
import io.newsflow.ingest.repository.LedgerEntry;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A held item whose release PostgreSQL or Kafka refused for its own sake is not lost when it is given up on: its
 * content goes to the dead-letter topic with the reason before it leaves the held items, and while that dead letter
 * cannot be written it stays held.
 */
class HeldItemRefusalTest {

    private static final SQLException REFUSAL =
            new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
    private static final String ARTICLE = "{\"id\":\"harbour-tolls-3\",\"version\":2,\"headline\":\"Harbour tolls"
            + " halved\",\"body\":\"From Monday.\",\"source\":\"Old build\\u0000desk\",\"format\":\"json\"}";

    /** The held table in memory; each delete notes how many dead letters had been written by then. */
    private static final class HeldRows extends HeldItemRepository {
        final Map<Long, HeldItem> rows = new LinkedHashMap<>();
        final List<Integer> deadLettersAtDelete = new ArrayList<>();
        private final RecordingEmitter deadLetters;

        HeldRows(RecordingEmitter deadLetters) {
            this.deadLetters = deadLetters;
        }

        @Override
        public Uni<HeldItem> findById(Long id) {
            return Uni.createFrom().item(rows.get(id));
        }

        @Override
        public Uni<Void> delete(HeldItem item) {
            deadLettersAtDelete.add(deadLetters.sent.size());
            rows.remove(item.id);
            return Uni.createFrom().voidItem();
        }
    }

    private static final class LedgerRows extends ArticleLedgerRepository {
        final List<LedgerEntry> rows = new ArrayList<>();

        @Override
        public Uni<Void> append(List<LedgerEntry> entries) {
            rows.addAll(entries);
            return Uni.createFrom().voidItem();
        }
    }

    private final RecordingEmitter deadLetters = new RecordingEmitter(Integer.MAX_VALUE);
    private final HeldRows held = new HeldRows(deadLetters);
    private final LedgerRows ledger = new LedgerRows();
    private final IngestService ingest = new IngestService(ledger, null, held, null,
            new ArticlePublisher(new RecordingEmitter(Integer.MAX_VALUE), deadLetters),
            TestConfigs.of(5_242_880, Duration.ofSeconds(2)));

    private void hold(long id) {
        HeldItem item = new HeldItem();
        item.id = id;
        item.articleId = "harbour-tolls-3";
        item.version = 2;
        item.releaseAt = Instant.parse("2026-03-02T09:00:00Z");
        item.receivedAt = Instant.parse("2026-03-01T17:30:00Z");
        item.channel = "http";
        item.article = ARTICLE;
        held.rows.put(id, item);
    }

    @Test
    void refusedHeldItemIsDeadLetteredWithItsReasonBeforeItLeavesTheHeldItems() {
        hold(41L);

        IngestService.Release release = ingest.refuseHeldItem(41L, REFUSAL).await().indefinitely();

        String reason = "release-failed: PostgreSQL refused it (SQL state 22021): ERROR: invalid byte sequence for"
                + " encoding \"UTF8\": 0x00";
        assertThat(deadLetters.sent).singleElement().satisfies(message -> {
            assertThat(new String(message.getPayload(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
            assertThat(header(message, Topics.DEAD_LETTER_REASON_HEADER)).isEqualTo(reason);
            assertThat(header(message, "dead-letter-item")).isEqualTo("harbour-tolls-3");
        });
        assertThat(held.deadLettersAtDelete).as("dead letters written when the held row was deleted").containsExactly(1);
        assertThat(held.rows).isEmpty();
        assertThat(ledger.rows).singleElement().satisfies(row -> {
            assertThat(row.outcome).isEqualTo(LedgerOutcome.REJECTED);
            assertThat(row.reason).isEqualTo(reason);
        });
        assertThat(release.items()).singleElement()
                .satisfies(item -> assertThat(item.outcome()).isEqualTo(LedgerOutcome.REJECTED));
    }

    @Test
    void heldItemStaysHeldWhileItsDeadLetterCannotBeWritten() {
        hold(42L);
        deadLetters.away = new TimeoutException("Topic newsflow.ingest.dlq not present in metadata after 60000 ms.");

        assertThatThrownBy(() -> ingest.refuseHeldItem(42L, REFUSAL).await().indefinitely())
                .isInstanceOf(TimeoutException.class);

        assertThat(held.rows).containsOnlyKeys(42L);
        assertThat(held.deadLettersAtDelete).isEmpty();
        assertThat(ledger.rows).isEmpty();
    }
}
