package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.index.mapping.EntityDocument;
import io.newsflow.search.mapping.EventDocument;
import io.newsflow.search.EntityIndex;
import io.newsflow.search.EventIndex;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what follows an article into the events and entities indices once the article itself is written: one
 * event document per extracted event (versioned like its article), removal of the events an update or kill
 * dropped, and a write of every entity named (unless this instance wrote it lately: {@link EntitySightings}).
 * Without delete-by-query (not in the local Elasticsearch) the old events are found by a search on their article
 * ids; without scripts, an entity's names are merged here, over what the index holds ({@link #writeEntities}).
 */
@ApplicationScoped
public class CompanionIndexer {

    private static final int MAX_EVENTS_LOOKUP = 10_000;
    /** Another consumer or instance may write the same entity between our read and our write: read it again. */
    private static final int RETRIES_ON_CONFLICT = 3;

    private final ElasticsearchAsyncClient client;
    private final ConcurrentBulk bulk;
    private final EntityDocument entities;
    private final EntitySightings sightings;
    private final IndexSetup setup;

    public CompanionIndexer(ElasticsearchAsyncClient client, ConcurrentBulk bulk, EntityDocument entities,
                            EntitySightings sightings, IndexSetup setup) {
        this.client = client;
        this.bulk = bulk;
        this.entities = entities;
        this.sightings = sightings;
        this.setup = setup;
    }

    /**
     * Indexes the companions of {@code written}; answers, per article id, the reason Elasticsearch refused any of
     * them (empty when all went in). Fails when Elasticsearch is unreachable or overloaded, so the caller retries.
     */
    public Uni<Map<String, String>> index(List<EnrichedArticle> written) {
        if (written.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<NamedBy> due = dueEntities(written);
        return Uni.combine().all().unis(existingEvents(written).chain(existing -> send(events(written, existing))),
                        writeEntities(due, RETRIES_ON_CONFLICT))
                .with((events, entities) -> {
                    Map<String, String> refused = new HashMap<>(entities);
                    refused.putAll(events);
                    return refused;
                });
    }

    /**
     * Gives the entities index a curator's change: the entity's names and facts, or, for an entity merged into
     * another, its removal. Fails when Elasticsearch is unreachable or refuses, so the caller can retry.
     */
    public Uni<Void> curated(KnowledgeEntry entry) {
        return setup.ensure().chain(() -> entry.merged() ? remove(entry) : write(entry));
    }

    private Uni<Void> remove(KnowledgeEntry entry) {
        return Uni.createFrom().completionStage(() -> client.delete(d -> d.index(EntityIndex.ALIAS).id(entry.id())))
                .onFailure(CompanionIndexer::notFound).recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> write(KnowledgeEntry entry) {
        // No scripts on the local Elasticsearch: read the names the index holds, write them back with the curated
        // ones, and send again (the caller retries) if an article's upsert came in between.
        return Uni.createFrom().completionStage(() -> client.get(g -> g.index(EntityIndex.ALIAS).id(entry.id()), Map.class))
                .chain(indexed -> {
                    Map<String, Object> doc = entities.curated(entry, indexed.found() ? indexed.source() : null);
                    // Elasticsearch takes a sequence number on an update, not on an upsert: a new entity is upserted.
                    return Uni.createFrom().completionStage(() -> client.update(u -> indexed.found()
                            ? u.index(EntityIndex.ALIAS).id(entry.id()).doc(doc).ifSeqNo(indexed.seqNo()).ifPrimaryTerm(indexed.primaryTerm())
                            : u.index(EntityIndex.ALIAS).id(entry.id()).doc(doc).upsert(doc), Map.class));
                })
                .replaceWithVoid();
    }

    private static boolean notFound(Throwable e) {
        return e instanceof ElasticsearchException es && es.status() == 404;
    }

    /**
     * The events indexed for earlier versions; a first sight ({@link FirstSight}) has none, so is not asked. A search
     * sees only what the last refresh made visible (every second): the events index is refreshed first, so that the
     * events of a version written a moment ago (the poll before, during a backlog) are found and removed too.
     */
    private Uni<Map<String, List<String>>> existingEvents(List<EnrichedArticle> written) {
        List<FieldValue> ids = written.stream().filter(a -> !FirstSight.is(a.article()))
                .map(a -> FieldValue.of(a.article().id())).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.createFrom().completionStage(() -> client.indices().refresh(r -> r.index(EventIndex.ALIAS)
                        .ignoreUnavailable(true).allowNoIndices(true)))
                .chain(() -> Uni.createFrom().completionStage(() -> client.search(s -> s
                        .index(EventIndex.ALIAS)
                        .ignoreUnavailable(true)
                        .size(MAX_EVENTS_LOOKUP)
                        .source(src -> src.filter(f -> f.includes("article_id")))
                        .query(q -> q.terms(t -> t.field("article_id").terms(v -> v.value(ids)))), Map.class)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(response -> {
                    Map<String, List<String>> byArticle = new HashMap<>();
                    for (Hit<Map> hit : response.hits().hits()) {
                        String articleId = String.valueOf(hit.source().get("article_id"));
                        byArticle.computeIfAbsent(articleId, k -> new ArrayList<>()).add(hit.id());
                    }
                    return byArticle;
                });
    }

    /**
     * The bulk operations of the companions, each with the id of the article it belongs to and, for an entity
     * update, the upsert sent (null for the others).
     */
    private record Operations(List<BulkOperation> operations, List<String> articleIds, List<EntityDocument.Upsert> upserts) {
        void add(String articleId, BulkOperation operation) {
            add(articleId, operation, null);
        }

        void add(String articleId, BulkOperation operation, EntityDocument.Upsert upsert) {
            operations.add(operation);
            articleIds.add(articleId);
            upserts.add(upsert);
        }
    }

    private Operations events(List<EnrichedArticle> written, Map<String, List<String>> existing) {
        Operations ops = new Operations(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (EnrichedArticle article : written) {
            String articleId = article.article().id();
            long version = article.article().version();
            Set<String> kept = new HashSet<>();
            if (!article.article().pubStatus().isKill()) {
                for (int n = 0; n < article.events().size(); n++) {
                    String id = EventIndex.eventId(articleId, n);
                    kept.add(id);
                    Map<String, Object> doc = EventDocument.of(article, n);
                    ops.add(articleId, BulkOperation.of(op -> op.index(i -> i.index(EventIndex.ALIAS).id(id)
                            .version(version).versionType(VersionType.ExternalGte).document(doc))));
                }
            }
            for (String stale : existing.getOrDefault(articleId, List.of())) {
                if (!kept.contains(stale)) {
                    ops.add(articleId, BulkOperation.of(op -> op.delete(d -> d.index(EventIndex.ALIAS).id(stale)
                            .version(version).versionType(VersionType.ExternalGte))));
                }
            }
        }
        return ops;
    }

    /**
     * One write per entity for the whole batch (the same places and people come back in article after article),
     * and none for an entity already written with these names and a recent enough last sighting.
     */
    private List<NamedBy> dueEntities(List<EnrichedArticle> written) {
        Map<String, NamedBy> upserts = new LinkedHashMap<>();
        for (EnrichedArticle article : written) {
            if (article.article().pubStatus().isKill()) {
                continue;
            }
            for (EntityDocument.Upsert upsert : entities.upserts(article)) {
                if (!DocumentIds.fits(upsert.id())) {
                    // It would fail the whole entities request (and the article's companions with it), for ever.
                    Log.warnf("entity of article %s not written: id null, blank or over %d UTF-8 bytes",
                            article.article().id(), DocumentIds.MAX_BYTES);
                    continue;
                }
                upserts.merge(upsert.id(), new NamedBy(upsert, article.article().id()), NamedBy::merge);
            }
        }
        List<NamedBy> due = new ArrayList<>();
        for (NamedBy named : upserts.values()) {
            sightings.due(named.upsert()).ifPresent(upsert -> due.add(new NamedBy(upsert, named.articleId())));
        }
        return due;
    }

    /**
     * Reads the entities as the index holds them, merges the batch's names and sightings into each, and writes each
     * back only if nobody wrote it since the read (creates it only if nobody created it since). An update replaces
     * the list of names, so two writers merging at once would otherwise lose the names only the first had; an
     * entity another consumer or instance wrote in between is read and merged again. Still contested after
     * {@code retries}, the batch fails as if Elasticsearch were busy, and is sent again.
     */
    private Uni<Map<String, String>> writeEntities(List<NamedBy> due, int retries) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<String> ids = due.stream().map(named -> named.upsert().id()).toList();
        return Uni.createFrom().completionStage(() -> client.mget(m -> m.index(EntityIndex.ALIAS).ids(ids)
                        .sourceIncludes("names", "first_seen", "last_seen"), Map.class))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .chain(read -> {
                    Operations ops = new Operations(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    for (int i = 0; i < due.size(); i++) {
                        NamedBy named = due.get(i);
                        MultiGetResponseItem<Map> item = read.docs().get(i);
                        if (item.isResult() && item.result().found()) {
                            GetResult<Map> indexed = item.result();
                            @SuppressWarnings("unchecked")
                            EntityDocument.Upsert merged = EntityDocument.merge(
                                    EntityDocument.indexed(indexed.id(), indexed.source()), named.upsert());
                            ops.add(named.articleId(), BulkOperation.of(op -> op.update(u -> u.index(EntityIndex.ALIAS)
                                    .id(merged.id()).ifSeqNo(indexed.seqNo()).ifPrimaryTerm(indexed.primaryTerm())
                                    .action(a -> a.doc(merged.doc())))), merged);
                        } else {
                            EntityDocument.Upsert created = named.upsert();
                            ops.add(named.articleId(), BulkOperation.of(op -> op.create(c -> c.index(EntityIndex.ALIAS)
                                    .id(created.id()).document(created.firstSeenDoc()))), created);
                        }
                    }
                    return bulk.send(ops.operations()).chain(items -> {
                        List<NamedBy> contested = new ArrayList<>();
                        for (int i = 0; i < items.size(); i++) {
                            if (items.get(i).status() == 409) {
                                contested.add(due.get(i));
                            }
                        }
                        Map<String, String> refused = refusals(items, ops);
                        if (contested.isEmpty()) {
                            return Uni.createFrom().item(refused);
                        }
                        if (retries == 0) {
                            throw new ElasticsearchBusyException(contested.size() + " entities written by others at the same time, "
                                    + RETRIES_ON_CONFLICT + " times over: " + contested.get(0).upsert().id());
                        }
                        return writeEntities(contested, retries - 1).map(again -> {
                            Map<String, String> all = new HashMap<>(refused);
                            all.putAll(again);
                            return all;
                        });
                    });
                });
    }

    /** An entity's upsert merged over the batch, with the first article that named it (blamed if refused). */
    private record NamedBy(EntityDocument.Upsert upsert, String articleId) {
        NamedBy merge(NamedBy later) {
            return new NamedBy(EntityDocument.merge(upsert, later.upsert()), articleId);
        }
    }

    private Uni<Map<String, String>> send(Operations ops) {
        if (ops.operations().isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return bulk.send(ops.operations()).map(items -> refusals(items, ops));
    }

    private Map<String, String> refusals(List<BulkResponseItem> items, Operations ops) {
        Map<String, String> refused = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            EntityDocument.Upsert upsert = ops.upserts().get(i);
            if (item.error() == null && upsert != null) {
                sightings.wrote(upsert);
            }
            // 409: a newer version is already there; 404: the event to remove is already gone. A write block is a
            // reindex swapping the alias: send again.
            if (item.error() == null || item.status() == 409 || item.status() == 404) {
                continue;
            }
            if (item.status() == 429 || item.status() >= 502 || "cluster_block_exception".equals(item.error().type())) {
                throw new ElasticsearchBusyException(item.index() + "/" + item.id() + ": " + item.error().type());
            }
            refused.put(ops.articleIds().get(i), item.index() + ": " + item.error().type() + ": " + item.error().reason());
        }
        return refused;
    }

    /** Elasticsearch pushed back on part of a request; the whole request is sent again after a pause. */
    public static final class ElasticsearchBusyException extends RuntimeException {
        ElasticsearchBusyException(String message) {
            super(message);
        }
    }
}
