package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.smallrye.mutiny.Uni;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A release batch that fails for one held item's sake (a value PostgreSQL refuses) releases the others one at a time
 * and refuses that one alone; an outage releases nothing and refuses nothing, to be tried again.
 */
class EmbargoReleaseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final IngestConfig CONFIG = TestConfigs.of(5_242_880, Duration.ofSeconds(2));

    /** Held items by id, each with what writing its release meets: null (it goes out) or the failure. */
    private static final class HeldItems extends IngestService {

        final Map<Long, Throwable> held = new LinkedHashMap<>();
        final List<Long> released = new ArrayList<>();
        final Map<Long, String> refused = new LinkedHashMap<>();

        HeldItems() {
            super(null, null, null, null, null, CONFIG);
        }

        @Override
        public Uni<Release> releaseDue(Instant now) {
            for (Throwable failure : held.values()) {
                if (failure != null) {
                    return Uni.createFrom().failure(failure);
                }
            }
            List<ItemOutcome> items = new ArrayList<>();
            for (Long id : List.copyOf(held.keySet())) {
                items.addAll(releaseHeldItem(id, now).await().indefinitely().items());
            }
            return Uni.createFrom().item(new Release(items));
        }

        @Override
        public Uni<List<Long>> dueHeldItems(Instant now) {
            return Uni.createFrom().item(List.copyOf(held.keySet()));
        }

        @Override
        public Uni<Release> releaseHeldItem(long heldId, Instant now) {
            Throwable failure = held.get(heldId);
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            held.remove(heldId);
            released.add(heldId);
            return Uni.createFrom().item(new Release(List.of(
                    new ItemOutcome("held-" + heldId, 1L, LedgerOutcome.ACCEPTED, null, null, "held-" + heldId))));
        }

        @Override
        public Uni<Release> refuseHeldItem(long heldId, Throwable refusal) {
            held.remove(heldId);
            refused.put(heldId, ItemFault.describe(refusal));
            return Uni.createFrom().item(new Release(List.of(ItemOutcome.rejected("held-" + heldId, "release-failed"))));
        }
    }

    @Test
    void heldItemPostgresRefusesIsRefusedAloneAndTheOthersAreReleased() {
        HeldItems ingest = new HeldItems();
        ingest.held.put(1L, new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        ingest.held.put(2L, null);
        ingest.held.put(3L, null);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new EmbargoRelease(ingest, new IngestMetrics(registry)).releaseAll(NOW).await().indefinitely();

        assertThat(ingest.released).containsExactly(2L, 3L);
        assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_REASON, IngestService.RELEASE_FAILED)
                .counter()).as("dead letters of held items given up on").isNotNull()
                .satisfies(counter -> assertThat(counter.count()).isEqualTo(1.0));
        assertThat(ingest.refused).containsOnlyKeys(1L);
        assertThat(ingest.refused.get(1L))
                .isEqualTo("PostgreSQL refused it (SQL state 22021): ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");
        assertThat(ingest.held).isEmpty();
    }

    @Test
    void outageReleasesNothingAndRefusesNothing() {
        HeldItems ingest = new HeldItems();
        ingest.held.put(1L, new ConnectException("Connection refused: 127.0.0.1:5432"));
        ingest.held.put(2L, null);

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        assertThatThrownBy(() -> new EmbargoRelease(ingest, new IngestMetrics(registry))
                .releaseAll(NOW).await().indefinitely()).hasRootCauseInstanceOf(ConnectException.class);

        assertThat(ingest.refused).isEmpty();
        assertThat(ingest.held).containsOnlyKeys(1L, 2L);
        assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_REASON, IngestService.RELEASE_FAILED)
                .counter()).satisfies(counter -> assertThat(counter == null ? 0.0 : counter.count()).isZero());
    }
}
