package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.ingest.dedup.ContentFingerprint;
import io.newsflow.ingest.repository.ArticleLedgerRepository;
import io.newsflow.ingest.repository.ArticleState;
import io.newsflow.ingest.repository.ArticleStateRepository;
import io.newsflow.ingest.repository.LedgerEntry;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.wire.RejectedItem;
import io.newsflow.ingest.wire.WireDocument;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every received item in the ledger and decides, against the newest version already accepted, whether it
 * goes downstream: new and newer versions and kills do; exact duplicates and stale versions do not.
 */
@ApplicationScoped
public class IngestService {

    private final ArticleLedgerRepository ledger;
    private final ArticleStateRepository states;
    private final IngestMetrics metrics;

    public IngestService(ArticleLedgerRepository ledger, ArticleStateRepository states, IngestMetrics metrics) {
        this.ledger = ledger;
        this.states = states;
        this.metrics = metrics;
    }

    /** Records a parsed document's items and rejected items, in one transaction. */
    @WithTransaction
    public Uni<IngestResult> record(WireDocument document, String channel, Instant receivedAt) {
        List<NormalisedArticle> toPublish = new ArrayList<>();
        return Multi.createFrom().iterable(document.items())
                .onItem().transformToUniAndConcatenate(item -> decide(item, channel, receivedAt, toPublish))
                .collect().asList()
                .chain(outcomes -> recordRejected(document, channel, receivedAt)
                        .map(rejected -> {
                            List<ItemOutcome> all = new ArrayList<>(outcomes);
                            all.addAll(rejected);
                            return new IngestResult(document.format().code(), toPublish, all);
                        }));
    }

    /** Records a document that could not be read at all. */
    @WithTransaction
    public Uni<Void> recordRejectedDocument(String channel, String reason, Instant receivedAt) {
        metrics.item(LedgerOutcome.REJECTED);
        LedgerEntry entry = entry(null, null, null, channel, null, receivedAt, LedgerOutcome.REJECTED);
        entry.reason = truncate(reason);
        return ledger.persist(entry).replaceWithVoid();
    }

    private Uni<ItemOutcome> decide(NormalisedArticle item, String channel, Instant receivedAt, List<NormalisedArticle> toPublish) {
        String hash = ContentFingerprint.contentHash(item);
        return states.findById(item.id())
                .chain(state -> state != null
                        ? Uni.createFrom().item(outcome(item, hash, state))
                        : sameContentElsewhere(hash).map(duplicate -> duplicate ? LedgerOutcome.DUPLICATE : firstOutcome(item)))
                .chain(outcome -> {
                    metrics.item(outcome);
                    LedgerEntry entry = entry(item.id(), item.version(), hash, channel, item, receivedAt, outcome);
                    if (!publishes(outcome)) {
                        return ledger.persist(entry).map(e -> new ItemOutcome(item.id(), item.version(), outcome, null));
                    }
                    return states.findById(item.id())
                            .chain(state -> saveState(state, item, hash, receivedAt))
                            .chain(state -> {
                                toPublish.add(item.withIngestFacts(channel, hash, state.clusterId, receivedAt));
                                return ledger.persist(entry);
                            })
                            .map(e -> new ItemOutcome(item.id(), item.version(), outcome, null));
                });
    }

    private static LedgerOutcome firstOutcome(NormalisedArticle item) {
        return item.pubStatus().isKill() ? LedgerOutcome.KILLED : LedgerOutcome.ACCEPTED;
    }

    private static LedgerOutcome outcome(NormalisedArticle item, String hash, ArticleState state) {
        if (item.version() < state.version) {
            return LedgerOutcome.STALE;
        }
        if (hash.equals(state.contentHash) && item.pubStatus().name().equals(state.pubStatus)) {
            return LedgerOutcome.DUPLICATE;
        }
        if (item.version() == state.version) {
            return LedgerOutcome.STALE;
        }
        return item.pubStatus().isKill() ? LedgerOutcome.KILLED : LedgerOutcome.UPDATED;
    }

    private static boolean publishes(LedgerOutcome outcome) {
        return outcome == LedgerOutcome.ACCEPTED || outcome == LedgerOutcome.UPDATED || outcome == LedgerOutcome.KILLED;
    }

    /** An exact re-submission under another id (a feed that re-issues guids) is a duplicate too. */
    private Uni<Boolean> sameContentElsewhere(String hash) {
        return states.count("contentHash", hash).map(n -> n > 0);
    }

    private Uni<ArticleState> saveState(ArticleState existing, NormalisedArticle item, String hash, Instant receivedAt) {
        ArticleState state = existing != null ? existing : new ArticleState();
        if (existing == null) {
            state.articleId = item.id();
            state.firstReceivedAt = receivedAt;
            state.clusterId = item.id();
        }
        state.version = item.version();
        state.contentHash = hash;
        state.pubStatus = item.pubStatus().name();
        state.updatedAt = receivedAt;
        return existing != null ? Uni.createFrom().item(state) : states.persist(state);
    }

    private Uni<List<ItemOutcome>> recordRejected(WireDocument document, String channel, Instant receivedAt) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        List<LedgerEntry> entries = new ArrayList<>();
        for (RejectedItem rejected : document.rejected()) {
            metrics.item(LedgerOutcome.REJECTED);
            LedgerEntry entry = entry(rejected.ref(), null, null, channel, null, receivedAt, LedgerOutcome.REJECTED);
            entry.format = document.format().code();
            entry.reason = truncate(rejected.reason());
            entries.add(entry);
            outcomes.add(new ItemOutcome(rejected.ref(), null, LedgerOutcome.REJECTED, rejected.reason()));
        }
        return entries.isEmpty() ? Uni.createFrom().item(outcomes) : ledger.persist(entries).replaceWith(outcomes);
    }

    private static LedgerEntry entry(String id, Long version, String hash, String channel, NormalisedArticle item,
                                     Instant receivedAt, LedgerOutcome outcome) {
        LedgerEntry entry = new LedgerEntry();
        entry.articleId = id;
        entry.version = version;
        entry.contentHash = hash;
        entry.channel = channel;
        entry.receivedAt = receivedAt;
        entry.outcome = outcome;
        if (item != null) {
            entry.source = item.source();
            entry.format = item.format();
            entry.correction = item.correction();
        }
        return entry;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }
}
