package io.newsflow.ingest.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
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

    /**
     * Releases every item due at {@code now}, a batch per transaction, until none is left. A batch that fails for an
     * item's own sake ({@link ItemFault}: a value PostgreSQL refuses, a record Kafka refuses) is released one item at
     * a time instead, so that the one at fault is refused alone and the others go out.
     */
    Uni<Void> releaseAll(Instant now) {
        return ingest.releaseDue(now)
                .onFailure(ItemFault::caused).recoverWithUni(fault -> oneAtATime(now, fault))
                .chain(release -> {
                    release.items().forEach(item -> metrics.item(item.outcome()));
                    metrics.published((int) release.items().stream().filter(i -> VersionRule.publishes(i.outcome())).count());
                    release.items().forEach(item -> Log.infof("embargo lifted for %s v%d: %s", item.id(), item.version(),
                            item.outcome()));
                    return release.items().isEmpty() ? Uni.createFrom().voidItem() : releaseAll(now);
                });
    }

    /**
     * Each due item in its own transaction; one whose release fails for its own sake is refused: dead-lettered,
     * recorded, dropped from the held items.
     */
    private Uni<IngestService.Release> oneAtATime(Instant now, Throwable fault) {
        Log.warnf("releasing a batch of embargoed items failed for an item's sake (%s); releasing them one at a time",
                ItemFault.describe(fault));
        return ingest.dueHeldItems(now)
                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem().transformToUniAndConcatenate(id -> ingest.releaseHeldItem(id, now)
                        .onFailure(ItemFault::caused).recoverWithUni(refusal -> {
                            Log.warnf("held item %d cannot be released and is refused: %s", id,
                                    ItemFault.describe(refusal));
                            return ingest.refuseHeldItem(id, refusal)
                                    .invoke(refused -> refused.items().forEach(
                                            item -> metrics.deadLetter(IngestService.RELEASE_FAILED)));
                        }))
                .collect().asList()
                .map(releases -> new IngestService.Release(releases.stream()
                        .flatMap(release -> release.items().stream())
                        .toList()));
    }
}
