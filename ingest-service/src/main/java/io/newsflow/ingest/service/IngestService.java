package io.newsflow.ingest.service;

import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.IdLimits;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.dedup.ContentFingerprint;
import io.newsflow.ingest.messaging.ArticlePublisher.TracedArticle;
import io.newsflow.ingest.messaging.ArticlePublisher;
import io.newsflow.ingest.messaging.TraceParent;
import io.newsflow.ingest.repository.ArticleLedgerRepository;
import io.newsflow.ingest.repository.ArticleState;
import io.newsflow.ingest.repository.ArticleStateRepository;
import io.newsflow.ingest.repository.HeldItem;
import io.newsflow.ingest.repository.HeldItemRepository;
import io.newsflow.ingest.repository.LedgerEntry;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.wire.RejectedItem;
import io.newsflow.ingest.wire.WireFormatException;
import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records every received item in the ledger and decides ({@link VersionRule}), against the newest version already
 * accepted, whether it goes downstream; holds embargoed items until their time; gives new articles their story
 * cluster ({@link StoryClusters}).
 *
 * <p>One transaction per call, however many documents: the states of all their ids are read in one query, the
 * rows are written in JDBC batches, and the normalised articles and dead letters are sent <em>before</em> the
 * commit. A failed send therefore rolls the decisions back and the documents are taken again; a commit that fails
 * after the sends means they are sent again, which downstream absorbs (Elasticsearch versions are external).
 */
@ApplicationScoped
public class IngestService {

    /** The longest article id (and ledger reference) the tables hold. */
    static final int MAX_ID_LENGTH = 255;
    private static final int MAX_REASON_LENGTH = 2000;
    /** Reason code of a held item whose release PostgreSQL or Kafka refused for the item's own sake. */
    public static final String RELEASE_FAILED = "release-failed";

    private final ArticleLedgerRepository ledger;
    private final ArticleStateRepository states;
    private final HeldItemRepository held;
    private final StoryClusters clusters;
    private final ArticlePublisher publisher;
    private final int releaseBatch;

    public IngestService(ArticleLedgerRepository ledger, ArticleStateRepository states, HeldItemRepository held,
                         StoryClusters clusters, ArticlePublisher publisher, IngestConfig config) {
        this.ledger = ledger;
        this.states = states;
        this.held = held;
        this.clusters = clusters;
        this.publisher = publisher;
        this.releaseBatch = config.embargo().releaseBatch();
    }

    /** What one release run did: the outcome of every released item. */
    public record Release(List<ItemOutcome> items) {
    }

    /**
     * An item to decide, with its JSON as read (null for a held item), the feed it was polled from (null when pushed
     * or sent on the topic), where and when it came, a note for its ledger row and the trace of its document (null:
     * the current one).
     */
    private record Incoming(NormalisedArticle item, byte[] json, Long feedId, String channel, Instant receivedAt,
                            String note, Context trace) {
    }

    /** The rows and messages one transaction produces, gathered while deciding. */
    private static final class Work {
        /** Every state this transaction changed or created, one per article id, in first-touched order. */
        final Map<String, ArticleState> touchedStates = new LinkedHashMap<>();
        final List<LedgerEntry> ledgerRows = new ArrayList<>();
        final List<HeldItem> heldRows = new ArrayList<>();
        final List<TracedArticle> toPublish = new ArrayList<>();
        /** Per decided item, in order: what was published for it, or null. */
        final List<NormalisedArticle> publishedPerItem = new ArrayList<>();
    }

    /**
     * Records the documents' items, rejected items and refusals; publishes what goes downstream and dead-letters
     * what could not be read; commits. One result per document, in order.
     */
    @WithTransaction
    public Uni<List<IngestResult>> record(List<Received> documents) {
        List<Incoming> incoming = new ArrayList<>();
        for (Received received : documents) {
            if (received.document() != null) {
                List<NormalisedArticle> items = received.document().items();
                for (int i = 0; i < items.size(); i++) {
                    incoming.add(new Incoming(items.get(i), received.itemJson().get(i), received.feedId(),
                            received.channel(), received.receivedAt(), null, received.trace()));
                }
            }
        }
        Work work = new Work();
        return decide(incoming, work)
                .chain(outcomes -> {
                    List<IngestResult> results = results(documents, outcomes, work);
                    return write(work)
                            .chain(() -> publisher.publish(work.toPublish))
                            .chain(() -> deadLetters(documents))
                            .replaceWith(results);
                });
    }

    /**
     * Releases the held items whose embargo has lifted by {@code now} (at most a batch of them), each decided again
     * as if it arrived now: a kill or a newer version received meanwhile makes it stale. What is published continues
     * the trace of the push or record that delivered the item.
     */
    @WithTransaction
    public Uni<Release> releaseDue(Instant now) {
        return held.due(now, releaseBatch)
                .chain(due -> release(due, now));
    }

    /** The held items {@link #releaseDue} would take now, unlocked: what to release one at a time after a fault. */
    @WithSession
    public Uni<List<Long>> dueHeldItems(Instant now) {
        return held.dueIds(now, releaseBatch);
    }

    /**
     * As {@link #releaseDue} for one held item; releases nothing when it has gone or another instance is releasing
     * it.
     */
    @WithTransaction
    public Uni<Release> releaseHeldItem(long heldId, Instant now) {
        return held.due(heldId, now)
                .chain(due -> release(due, now));
    }

    /**
     * Gives up on a held item whose release PostgreSQL or Kafka refused for the item's own sake (see
     * {@link ItemFault}): its content, as held, goes to the dead-letter topic with the reason ({@value #RELEASE_FAILED}
     * and the refusal), the ledger records it as rejected with the same reason, and it leaves the held items, so that
     * it no longer heads every release batch. The dead letter is acknowledged before the row is deleted, in the
     * transaction that deletes it: when it cannot be written the item stays held (tried again at the next run), and a
     * commit that fails after it means a second dead letter at the next run, never a lost item. Nothing when it has
     * gone meanwhile.
     */
    @WithTransaction
    public Uni<Release> refuseHeldItem(long heldId, Throwable refusal) {
        return held.findById(heldId)
                .chain(h -> {
                    if (h == null) {
                        return Uni.createFrom().item(new Release(List.of()));
                    }
                    String reason = truncate(RELEASE_FAILED + ": " + ItemFault.describe(refusal));
                    LedgerEntry entry = entry(shortened(h.articleId), h.version, null, h.channel, null, Instant.now(),
                            LedgerOutcome.REJECTED);
                    entry.reason = reason;
                    return publisher.deadLetter(h.article.getBytes(StandardCharsets.UTF_8), reason, h.articleId,
                                    TraceParent.context(h.traceparent))
                            .chain(() -> held.delete(h))
                            .chain(() -> ledger.append(List.of(entry)))
                            .replaceWith(new Release(List.of(new ItemOutcome(entry.articleId, h.version,
                                    LedgerOutcome.REJECTED, reason, null, null))));
                });
    }

    private Uni<Release> release(List<HeldItem> due, Instant now) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(new Release(List.of()));
        }
        List<Incoming> incoming = due.stream()
                .map(h -> new Incoming(EventCodec.read(h.article, NormalisedArticle.class), null, h.feedId, h.channel,
                        now, "embargo lifted; received " + h.receivedAt, TraceParent.context(h.traceparent)))
                .toList();
        Work work = new Work();
        return decide(incoming, work, now)
                .chain(outcomes -> held.delete("id in ?1", due.stream().map(h -> h.id).toList())
                        .chain(() -> write(work))
                        .chain(() -> publisher.publish(work.toPublish))
                        .replaceWith(new Release(outcomes)));
    }

    private Uni<List<ItemOutcome>> decide(List<Incoming> incoming, Work work) {
        return decide(incoming, work, Instant.now());
    }

    private Uni<List<ItemOutcome>> decide(List<Incoming> incoming, Work work, Instant now) {
        if (incoming.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> hashes = incoming.stream().map(i -> ContentFingerprint.contentHash(i.item())).toList();
        Set<String> ids = new LinkedHashSet<>();
        incoming.forEach(i -> ids.add(i.item().id()));
        return clusters.warmUp(states)
                .chain(() -> states.lockStates(ids))
                .chain(found -> {
                    Map<String, ArticleState> known = new HashMap<>();
                    found.forEach(s -> known.put(s.articleId, s));
                    Set<String> newIdHashes = new LinkedHashSet<>();
                    for (int i = 0; i < incoming.size(); i++) {
                        if (!known.containsKey(incoming.get(i).item().id())) {
                            newIdHashes.add(hashes.get(i));
                        }
                    }
                    return states.knownHashes(newIdHashes)
                            .map(knownHashes -> decideAll(incoming, hashes, known, new HashSet<>(knownHashes), work, now));
                });
    }

    private List<ItemOutcome> decideAll(List<Incoming> incoming, List<String> hashes, Map<String, ArticleState> known,
                                        Set<String> knownHashes, Work work, Instant now) {
        List<ItemOutcome> outcomes = new ArrayList<>(incoming.size());
        // the near-duplicate window is read once for the batch's new articles, not once per article
        StoryClusters.Lookahead ahead = clusters.lookahead(incoming.stream()
                .map(Incoming::item)
                .filter(item -> !known.containsKey(item.id()) && !item.pubStatus().isKill())
                .toList());
        for (int i = 0; i < incoming.size(); i++) {
            outcomes.add(decideOne(incoming.get(i), hashes.get(i), known, knownHashes, ahead, work, now));
        }
        return outcomes;
    }

    private ItemOutcome decideOne(Incoming in, String hash, Map<String, ArticleState> known, Set<String> knownHashes,
                                  StoryClusters.Lookahead ahead, Work work, Instant now) {
        NormalisedArticle item = in.item();
        String tooLong = idTooLong(item.id());
        if (tooLong != null) {
            String reason = WireFormatException.BAD_VALUE + ": " + tooLong;
            String ref = shortened(item.id());
            LedgerEntry entry = entry(ref, item.version(), hash, in.channel(), item, in.receivedAt(), LedgerOutcome.REJECTED);
            entry.reason = reason;
            work.ledgerRows.add(entry);
            work.publishedPerItem.add(null);
            return ItemOutcome.rejected(ref, reason);
        }
        ArticleState state = known.get(item.id());
        VersionRule.Stored stored = state == null ? null
                : new VersionRule.Stored(state.version, state.versionCreated, PubStatus.valueOf(state.pubStatus),
                        state.contentHash, state.format, state.source, state.feedId);
        LedgerOutcome outcome = VersionRule.decide(item, in.feedId(), hash, stored,
                state == null && knownHashes.contains(hash), now);
        LedgerEntry entry = entry(item.id(), item.version(), hash, in.channel(), item, in.receivedAt(), outcome);
        entry.reason = outcome == LedgerOutcome.REJECTED ? VersionRule.foreign(item, in.feedId(), stored) : in.note();
        String clusterId = null;
        NormalisedArticle published = null;
        if (outcome == LedgerOutcome.HELD) {
            entry.reason = "embargoed until " + item.embargoed();
            work.heldRows.add(heldItem(in));
        } else if (VersionRule.publishes(outcome)) {
            state = apply(state, in, hash, ahead);
            known.put(item.id(), state);
            work.touchedStates.put(item.id(), state);
            knownHashes.add(hash);
            clusterId = state.clusterId;
            published = item.withIngestFacts(in.channel(), hash, clusterId, in.receivedAt());
            work.toPublish.add(new TracedArticle(published, in.json(), in.trace()));
        }
        work.publishedPerItem.add(published);
        work.ledgerRows.add(entry);
        return new ItemOutcome(item.id(), item.version(), outcome, entry.reason, item.correction() ? Boolean.TRUE : null,
                clusterId);
    }

    /**
     * The state after publishing this item: new with its cluster and origin (format, source, feed), or the known one
     * with the item's facts.
     */
    private ArticleState apply(ArticleState existing, Incoming in, String hash, StoryClusters.Lookahead ahead) {
        NormalisedArticle item = in.item();
        Instant receivedAt = in.receivedAt();
        ArticleState state = existing != null ? existing : new ArticleState();
        StoryClusters.Assignment assignment;
        if (existing == null) {
            state.articleId = item.id();
            state.firstReceivedAt = receivedAt;
            state.format = item.format();
            state.source = VersionRule.source(item);
            state.feedId = in.feedId();
            assignment = item.pubStatus().isKill()
                    ? new StoryClusters.Assignment(item.id(), null, StoryClusters.language(item.language()))
                    : clusters.assign(item, ahead);
        } else {
            assignment = item.pubStatus().isKill()
                    ? new StoryClusters.Assignment(existing.clusterId, null, existing.language)
                    : clusters.keep(item, existing.clusterId);
        }
        state.clusterId = assignment.clusterId();
        long[] signature = assignment.signature();
        state.simhash = signature == null ? null : signature[0];
        state.simhash2 = signature == null ? null : signature[1];
        state.simhash3 = signature == null ? null : signature[2];
        state.simhash4 = signature == null ? null : signature[3];
        state.language = assignment.language();
        state.version = item.version();
        state.versionCreated = item.versionCreated();
        state.contentHash = hash;
        state.pubStatus = item.pubStatus().name();
        state.updatedAt = receivedAt;
        return state;
    }

    private Uni<Void> write(Work work) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        if (!work.touchedStates.isEmpty()) {
            chain = chain.chain(() -> states.upsert(new ArrayList<>(work.touchedStates.values())));
        }
        if (!work.ledgerRows.isEmpty()) {
            chain = chain.chain(() -> ledger.append(work.ledgerRows));
        }
        if (!work.heldRows.isEmpty()) {
            // Flushed now, so that a failure shows before anything is sent downstream.
            chain = chain.chain(() -> held.persist(work.heldRows)).chain(held::flush);
        }
        return chain;
    }

    /** One result per document: its items' outcomes in order, then its rejected items; a ledger row for each refusal. */
    private List<IngestResult> results(List<Received> documents, List<ItemOutcome> outcomes, Work work) {
        List<IngestResult> results = new ArrayList<>(documents.size());
        int next = 0;
        for (Received received : documents) {
            if (received.document() == null) {
                WireFormatException refusal = received.refusal();
                // A document of one item refused for that item is recorded under the item's id, so that the item's
                // history shows it (a correction refused for a missing headline, say).
                LedgerEntry entry = entry(shortened(refusal.itemRef()), null, null, received.channel(), null,
                        received.receivedAt(), LedgerOutcome.REJECTED);
                entry.reason = truncate(refusal.reason() + ": " + refusal.getMessage());
                work.ledgerRows.add(entry);
                results.add(new IngestResult(null, List.of(), List.of()));
                continue;
            }
            int count = received.document().items().size();
            List<ItemOutcome> items = new ArrayList<>(outcomes.subList(next, next + count));
            List<NormalisedArticle> documentPublished = work.publishedPerItem.subList(next, next + count).stream()
                    .filter(Objects::nonNull)
                    .toList();
            next += count;
            String format = received.document().format().code();
            for (RejectedItem rejected : received.document().rejected()) {
                String ref = shortened(rejected.ref());
                LedgerEntry entry = entry(ref, null, null, received.channel(), null, received.receivedAt(), LedgerOutcome.REJECTED);
                entry.format = format;
                entry.reason = truncate(rejected.reason());
                work.ledgerRows.add(entry);
                items.add(ItemOutcome.rejected(ref, rejected.reason()));
            }
            results.add(new IngestResult(format, documentPublished, items));
        }
        return results;
    }

    /** Why an article id is too long to keep (see {@link #MAX_ID_LENGTH}, {@link IdLimits#MAX_BYTES}), or null. */
    static String idTooLong(String id) {
        if (id.length() > MAX_ID_LENGTH) {
            return "the id has " + id.length() + " characters; at most " + MAX_ID_LENGTH + " are kept";
        }
        int bytes = IdLimits.bytes(id);
        return bytes <= IdLimits.MAX_BYTES ? null
                : "the id has " + bytes + " bytes in UTF-8; at most " + IdLimits.MAX_BYTES + " are kept";
    }

    /** An item reference as the ledger's id column holds it. */
    private static String shortened(String ref) {
        return ref == null || ref.length() <= MAX_ID_LENGTH ? ref : ref.substring(0, MAX_ID_LENGTH - 3) + "...";
    }

    /** Rejected items always go to the dead-letter topic; refused documents when their channel asks for it. */
    private Uni<Void> deadLetters(List<Received> documents) {
        List<Uni<Void>> sends = new ArrayList<>();
        for (Received received : documents) {
            if (received.document() == null) {
                if (received.deadLetter()) {
                    WireFormatException refusal = received.refusal();
                    sends.add(publisher.deadLetter(received, refusal.reason() + ": " + refusal.getMessage(), null));
                }
                continue;
            }
            for (RejectedItem rejected : received.document().rejected()) {
                sends.add(publisher.deadLetter(received, rejected.reason(), rejected.ref()));
            }
        }
        if (sends.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    private static HeldItem heldItem(Incoming in) {
        HeldItem h = new HeldItem();
        h.articleId = in.item().id();
        h.version = in.item().version();
        h.releaseAt = in.item().embargoed();
        h.receivedAt = in.receivedAt();
        h.channel = in.channel();
        h.feedId = in.feedId();
        h.article = EventCodec.write(in.item());
        // the trace its release continues: its document's, else the push's request, current while deciding
        h.traceparent = TraceParent.of(in.trace() != null ? in.trace() : Context.current());
        return h;
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
            entry.source = VersionRule.source(item);
            entry.format = item.format();
            entry.correction = item.correction();
        }
        return entry;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= MAX_REASON_LENGTH ? reason
                : reason.substring(0, MAX_REASON_LENGTH - 3) + "...";
    }
}
