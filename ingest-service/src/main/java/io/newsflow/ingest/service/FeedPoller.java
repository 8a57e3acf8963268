package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.ingest.client.FeedFetcher;
import io.newsflow.ingest.client.FeedFetcher.FeedFetchException;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.repository.Feed;
import io.newsflow.ingest.wire.WireFormatException;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Polls the registered feeds when they are due and sends what they hold down the same path as every other
 * document ({@link WireIngestion}, channel {@value #CHANNEL}). Each poll runs on its own Vert.x context (its own
 * database sessions), a few at a time; a feed is never polled twice at once, nor by two instances for one due time
 * ({@link FeedRegistry#claimDue}). The server's content type is not
 * trusted (many serve RSS as text/html): the content decides the format.
 */
@ApplicationScoped
public class FeedPoller {

    public static final String CHANNEL = "feed";
    /** Reason of a poll that failed inside the service rather than at the feed's server or in its document. */
    static final String INTERNAL = "internal";

    /** A poll asked for while the same feed is being polled. */
    public static final class PollInProgressException extends RuntimeException {
        public PollInProgressException(long id) {
            super("feed " + id + " is being polled right now", null, false, false);
        }
    }

    private final Vertx vertx;
    private final FeedRegistry registry;
    private final FeedFetcher fetcher;
    private final WireIngestion ingestion;
    private final IngestMetrics metrics;
    private final int maxConcurrent;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    public FeedPoller(Vertx vertx, FeedRegistry registry, FeedFetcher fetcher, WireIngestion ingestion,
                      IngestMetrics metrics, IngestConfig config) {
        this.vertx = vertx;
        this.registry = registry;
        this.fetcher = fetcher;
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.maxConcurrent = config.feeds().maxConcurrentPolls();
    }

    /**
     * Claims the feeds that are due (so that no other instance polls them for the same due time) and starts their
     * polls, each on its own context, without waiting for them.
     */
    @Scheduled(every = "${newsflow.ingest.feeds.check-every:1s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pollDue() {
        int free = maxConcurrent - inFlight.size();
        if (free <= 0) {
            return Uni.createFrom().voidItem();
        }
        return registry.claimDue(Instant.now(), free)
                .invoke(this::start)
                .onFailure().invoke(e -> Log.warnf("cannot read the due feeds: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Polls one feed now, whatever its schedule, and answers with its state afterwards (null when it is unknown). */
    public Uni<Feed> pollNow(long id) {
        return registry.get(id)
                .chain(feed -> {
                    if (feed == null) {
                        return Uni.createFrom().nullItem();
                    }
                    if (!inFlight.add(feed.id)) {
                        return Uni.createFrom().failure(new PollInProgressException(feed.id));
                    }
                    return poll(feed).eventually(() -> inFlight.remove(feed.id));
                });
    }

    private void start(List<Feed> due) {
        for (Feed feed : due) {
            if (inFlight.size() >= maxConcurrent || !inFlight.add(feed.id)) {
                continue;
            }
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> poll(feed)
                    .eventually(() -> inFlight.remove(feed.id))
                    .subscribe().with(
                            polled -> {
                            },
                            failure -> Log.errorf(failure, "recording the poll of feed %d failed", feed.id)));
        }
    }

    /**
     * Fetches, ingests, counts the outcome and records it in the feed's health. Fails only when the registry cannot
     * be written.
     */
    Uni<Feed> poll(Feed feed) {
        long id = feed.id;
        Instant polledAt = Instant.now();
        UnaryOperator<NormalisedArticle> defaults = item -> FeedDefaults.apply(item, id, feed.sourceName,
                feed.languageHint);
        return fetcher.fetch(feed.url, feed.etag, feed.lastModified)
                .chain(fetched -> fetched.notModified()
                        ? Uni.createFrom().item(PollOutcome.notModified())
                        : ingestion.ingestPolled(fetched.body(), fetched.contentType(), CHANNEL, id, defaults)
                                .map(result -> PollOutcome.fetched(fetched.status(), result.items().size(),
                                        fetched.etag(), fetched.lastModified())))
                .onFailure().recoverWithItem(e -> failed(feed, e))
                .invoke(metrics::poll)
                .chain(outcome -> registry.recordPoll(id, outcome, polledAt));
    }

    private static PollOutcome failed(Feed feed, Throwable e) {
        if (e instanceof FeedFetchException f) {
            Log.infof("feed %d (%s): %s", feed.id, feed.url, f.getMessage());
            return PollOutcome.failed(f.status(), f.reason(), f.getMessage());
        }
        if (e instanceof WireFormatException w) {
            Log.infof("feed %d (%s) sent a document that cannot be read: %s", feed.id, feed.url, w.getMessage());
            return PollOutcome.failed(200, w.reason(), w.reason() + ": " + w.getMessage());
        }
        Log.warnf(e, "feed %d (%s): the poll failed", feed.id, feed.url);
        return PollOutcome.failed(null, INTERNAL, "the poll failed inside the service: " + e);
    }
}
