package io.newsflow.ingest.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Publishes embargoed items when their time comes. The held items live in PostgreSQL ({@code held_item}), so an
 * embargo that lifts while the service is down is honoured at the next run after the start; each run takes
 * the due rows with {@code SKIP LOCKED}, so two instances never release the same item.
 */
@ApplicationScoped
public class EmbargoRelease {

    private final IngestService ingest;
    private final IngestMetrics metrics;

    public EmbargoRelease(IngestService ingest, IngestMetrics metrics) {
        this.ingest = ingest;
        this.metrics = metrics;
    }

    @Scheduled(every = "${newsflow.ingest.embargo.check-every:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> releaseDue() {
        return releaseAll(Instant.now())
                .onFailure().invoke(e -> Log.warnf("releasing embargoed items failed, will try again: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Releases every item due at {@code now}, a batch per transaction, until none is left. */
    Uni<Void> releaseAll(Instant now) {
        return ingest.releaseDue(now)
                .chain(release -> {
                    release.items().forEach(item -> metrics.item(item.outcome()));
                    metrics.published((int) release.items().stream().filter(i -> VersionRule.publishes(i.outcome())).count());
                    release.items().forEach(item -> Log.infof("embargo lifted for %s v%d: %s", item.id(), item.version(),
                            item.outcome()));
                    return release.items().isEmpty() ? Uni.createFrom().voidItem() : releaseAll(now);
                });
    }
}
