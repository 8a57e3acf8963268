package io.newsflow.extract.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extract.messaging.KnowledgePublisher;
import io.newsflow.extract.repository.KnowledgeEntity;
import io.newsflow.extract.repository.KnowledgeEntityRepository;
import io.newsflow.extract.repository.KnowledgeName;
import io.newsflow.extract.repository.KnowledgeSeed;
import io.newsflow.extract.repository.LastChanges;
import io.newsflow.extraction.Extractor;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Holds the extractor in use. The knowledge base lives in PostgreSQL: at first start the bundled knowledge is seeded
 * there ({@link KnowledgeSeeder}), then the extractor is built from the database and rebuilt, without a restart,
 * whenever curators change it. Curated entities come first (their names win clashes), then the bundled ones in their
 * order; merged entities disappear and their names move to the entity that absorbed them. Until the database has
 * been read (or while it is away at start) the extractor runs over this build's bundled data. Each curated
 * change is published ({@link KnowledgePublisher}) for the entities index; a change Kafka did not take is published
 * again at the next look (without building the knowledge base again), and every curated entity once at start. The
 * bundled data is read at start ({@code @Startup}) on a thread of its own: it takes seconds of CPU, which must not
 * fall on an event loop, and the scheduled look waits for it. Gauge {@value #OWN_DATA}: 1 while the extractor runs
 * on this build's bundled data (in memory, or the database holds it), 0 on the bundled data of another build that
 * the database holds.
 */
@Startup
@ApplicationScoped
public class ExtractorHolder {

    /** Gauge 0/1: whether the knowledge base in use holds this build's bundled data. */
    public static final String OWN_DATA = "newsflow.knowledge.own.data";

    /** Curated rows first, then bundled ones in the order of the bundled data. */
    private static final Comparator<KnowledgeEntity> PRECEDENCE = Comparator
            .comparing((KnowledgeEntity e) -> !e.curated())
            .thenComparing(e -> e.seedRank == null ? Integer.MAX_VALUE : e.seedRank)
            .thenComparing(e -> e.id);

    /**
     * The bundled data, read once at start: the extractor over it, which data it is, and which of its entities are
     * divisions (the rows in PostgreSQL do not say, and the extractor ranks towns without them).
     */
    private record Bundled(Extractor extractor, SeedStamp stamp, Set<String> divisionIds) {

        static Bundled load() {
            KnowledgeBase knowledge = KnowledgeBase.bundled();
            Instant builtAt = KnowledgeBase.bundledBuiltAt();
            if (builtAt.equals(Instant.EPOCH)) {
                Log.warn("knowledge base: this build's bundled data does not say when the commit it was built from "
                        + "was made (built without git, or from a class path Maven did not filter): it counts as "
                        + "older than any data that says so, and writes itself over no such data unless told to");
            }
            Log.infof("knowledge base: this build's bundled data was built from commit %s, made at %s",
                    KnowledgeBase.bundledBuiltFrom().orElse("(not recorded)"), builtAt);
            return new Bundled(Extractor.over(knowledge),
                    new SeedStamp(KnowledgeSeeder.fingerprint(knowledge), builtAt), knowledge.divisionIds());
        }
    }

    /** Until the database has been read; then let go, so that one knowledge base fewer stays in memory. */
    private volatile CompletableFuture<Bundled> bundled = CompletableFuture.supplyAsync(Bundled::load);
    /** The bundled data's division ids, kept when the bundled data is let go. */
    private volatile Set<String> divisionIds;
    private final AtomicReference<Extractor> current = new AtomicReference<>();
    private final KnowledgeEntityRepository entities;
    private final Mutiny.SessionFactory sessions;
    private final KnowledgeSeeder seeder;
    private final KnowledgePublisher publisher;
    private final AtomicInteger ownData = new AtomicInteger(1);
    private volatile String ownFingerprint;
    private volatile boolean seeded;
    private volatile boolean failing;
    private volatile LastChanges loaded = LastChanges.NONE;
    /** Curated changes read but not yet acknowledged by Kafka. */
    private volatile List<KnowledgeEntry> unpublished = List.of();

    public ExtractorHolder(KnowledgeEntityRepository entities, Mutiny.SessionFactory sessions, KnowledgeSeeder seeder,
                           KnowledgePublisher publisher, MeterRegistry registry) {
        this.entities = entities;
        this.sessions = sessions;
        this.seeder = seeder;
        this.publisher = publisher;
        registry.gauge(OWN_DATA, ownData);
    }

    /** The extractor over the database's knowledge, or over the bundled data until that has been read. */
    public Extractor current() {
        Extractor fromDatabase = current.get();
        CompletableFuture<Bundled> start = bundled;
        // The bundled data is let go only after the database's extractor is set: one of the two is there.
        return fromDatabase != null || start == null ? current.get() : start.join().extractor();
    }

    /**
     * The extractor in use, for callers on an event loop, which must not wait for the bundled data read at start:
     * a 503 (try again in a few seconds) until it is there.
     */
    public Extractor currentWithoutWaiting() {
        CompletableFuture<Bundled> start = bundled;
        if (current.get() == null && start != null && !start.isDone()) {
            throw new ServiceUnavailableException("the knowledge base is still loading; try again in a few seconds", 5L);
        }
        return current();
    }

    /**
     * Seeds the database once, then looks for curators' changes every few seconds; a database that is away leaves
     * the current extractor in place.
     */
    @Scheduled(every = "${newsflow.extract.knowledge-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    Uni<Void> refresh() {
        CompletableFuture<Bundled> start = bundled;
        if (start != null && !start.isDone()) {
            return Uni.createFrom().voidItem();
        }
        return seedOnce(start)
                .chain(entities::lastChanges)
                .chain(changes -> changes.since(loaded) ? reload() : Uni.createFrom().voidItem())
                .chain(this::publish)
                .invoke(() -> failing = false)
                .onFailure().invoke(this::refreshFailed)
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> seedOnce(CompletableFuture<Bundled> start) {
        if (seeded) {
            return Uni.createFrom().voidItem();
        }
        Bundled data = start.join();
        ownFingerprint = data.stamp().fingerprint();
        return seeder.seed(data.extractor().knowledge(), data.stamp()).invoke(() -> seeded = true);
    }

    /** Said once per spell of failures: the extractor keeps the knowledge it has, and the next look tries again. */
    private void refreshFailed(Throwable e) {
        if (!failing) {
            Log.warnf("knowledge base: %s from PostgreSQL failed, the extractor keeps the knowledge it has (%s) and "
                    + "tries again every few seconds: %s", seeded ? "reading changes" : "seeding",
                    current.get() == null ? "bundled data" : "last read", e.toString());
        }
        failing = true;
    }

    /** Every row of the knowledge base, and the changes they hold, as of one moment. */
    private record Snapshot(LastChanges changes, List<KnowledgeEntity> entities, List<KnowledgeName> names) {
    }

    /**
     * Reads every row in one stateless transaction, builds the knowledge base and its extractor on a worker thread (a
     * second or more of CPU), then keeps the curated changes for publishing, back on this Vert.x context.
     * {@code kb_seed} says whose bundled data the rows hold, for the gauge {@value #OWN_DATA}. The transaction reads
     * one snapshot (repeatable read): the change number, entities and names all as of the same moment, never an
     * entity of one seeding with the names of another, nor a change number ahead of the rows read.
     */
    private Uni<Void> reload() {
        Context context = Vertx.currentContext();
        return sessions.withStatelessTransaction(session -> session
                        .createNativeQuery("set transaction isolation level repeatable read")
                        .executeUpdate()
                        .chain(() -> session.get(KnowledgeSeed.class, KnowledgeSeed.ONLY))
                        .invoke(seed -> ownData.set(seed == null || seed.fingerprint.equals(ownFingerprint) ? 1 : 0))
                        .chain(() -> KnowledgeEntityRepository.lastChanges(session))
                        .chain(changes -> session.createSelectionQuery("from KnowledgeEntity", KnowledgeEntity.class)
                                .getResultList()
                                .chain(rows -> session.createSelectionQuery("from KnowledgeName n order by n.id", KnowledgeName.class)
                                        .getResultList()
                                        .map(names -> new Snapshot(changes, rows, names)))))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(read -> {
                    KnowledgeBase knowledge = build(read.entities(), read.names(), divisionIds());
                    current.set(Extractor.over(knowledge));
                    bundled = null;
                    Log.infof("knowledge loaded from PostgreSQL: %d entities", knowledge.size());
                    List<KnowledgeEntry> changed = changedSince(loaded, read.entities(), knowledge);
                    loaded = read.changes();
                    return changed;
                })
                .emitOn(task -> context.runOnContext(ignored -> task.run()))
                .invoke(changed -> unpublished = pending(unpublished, changed))
                .replaceWithVoid();
    }

    /**
     * Sends the entries not yet published (the changes of the last reload, and those Kafka did not take before): a
     * failed send is tried again at the next look, without reading and building the knowledge base again.
     */
    private Uni<Void> publish() {
        List<KnowledgeEntry> entries = unpublished;
        return publisher.publish(entries)
                .invoke(() -> unpublished = List.of())
                .onFailure().invoke(e -> Log.warnf("knowledge base: %d curated changes were not published to Kafka, "
                        + "tried again at the next look: %s", entries.size(), e.toString()))
                .onFailure().recoverWithNull();
    }

    /** {@code waiting} and then {@code changed}, one entry per entity: the later change of an entity replaces the earlier. */
    static List<KnowledgeEntry> pending(List<KnowledgeEntry> waiting, List<KnowledgeEntry> changed) {
        Map<String, KnowledgeEntry> byId = new LinkedHashMap<>();
        waiting.forEach(e -> byId.put(e.id(), e));
        changed.forEach(e -> byId.put(e.id(), e));
        return List.copyOf(byId.values());
    }

    /**
     * The entries of the curated entities (among {@code curated}, the rows of the knowledge base) changed after
     * {@code loaded} was read, and of the entities they were merged into: all names an entity now has, or only where a
     * merged one went.
     */
    static List<KnowledgeEntry> changedSince(LastChanges loaded, List<KnowledgeEntity> curated, KnowledgeBase knowledge) {
        Map<String, KnowledgeEntry> entries = new LinkedHashMap<>();
        for (KnowledgeEntity e : curated) {
            if (!e.curated() || !loaded.isBefore(e.changeNumber, e.updatedAt)) {
                continue;
            }
            if (e.mergedInto != null) {
                entries.put(e.id, new KnowledgeEntry(e.id, e.type, e.preferredName, Map.of(), e.country, e.lat, e.lon,
                        e.mergedInto, e.updatedAt));
            }
            String kept = e.mergedInto != null ? e.mergedInto : e.id;
            knowledge.byId(kept).ifPresent(k -> entries.putIfAbsent(k.id(), new KnowledgeEntry(k.id(), k.type(),
                    k.preferredName(), k.namesByLanguage(), k.country(), k.lat(), k.lon(), null, e.updatedAt)));
        }
        return List.copyOf(entries.values());
    }

    /** The bundled data's division ids: read from the bundled data the first time, before it is let go. */
    private Set<String> divisionIds() {
        Set<String> ids = divisionIds;
        if (ids == null) {
            ids = bundled.join().divisionIds();
            divisionIds = ids;
        }
        return ids;
    }

    /** The knowledge base these rows hold, of which those with these ids are divisions. */
    static KnowledgeBase build(List<KnowledgeEntity> rows, List<KnowledgeName> names, Set<String> divisionIds) {
        Map<String, Map<String, Set<String>>> namesById = new HashMap<>();
        for (KnowledgeName n : names) {
            namesOf(namesById, n.entityId, n.language).add(n.name);
        }
        // Names of merged entities move to the entity that absorbed them in the end (rows written before merges
        // were kept flat may still point at a merged entity).
        Map<String, String> mergedInto = new HashMap<>();
        rows.stream().filter(e -> e.mergedInto != null).forEach(e -> mergedInto.put(e.id, e.mergedInto));
        for (KnowledgeEntity e : rows) {
            String target = absorber(e.id, mergedInto);
            if (target != null) {
                namesOf(namesById, target, "en").add(e.preferredName);
                namesById.getOrDefault(e.id, Map.of())
                        .forEach((language, set) -> namesOf(namesById, target, language).addAll(set));
            }
        }
        return KnowledgeBase.of(rows.stream()
                .filter(e -> e.mergedInto == null)
                .sorted(PRECEDENCE)
                .map(e -> new CanonicalEntity(e.id, e.type, e.preferredName, lists(namesById.get(e.id)), e.country, e.lat, e.lon))
                .toList(), divisionIds);
    }

    /** The entity that absorbed {@code id} at the end of its merges, or null when it was not merged (or in a circle). */
    private static String absorber(String id, Map<String, String> mergedInto) {
        String at = mergedInto.get(id);
        for (int steps = 0; at != null && mergedInto.containsKey(at); steps++) {
            if (steps > mergedInto.size()) {
                return null;
            }
            at = mergedInto.get(at);
        }
        return at;
    }

    private static Set<String> namesOf(Map<String, Map<String, Set<String>>> namesById, String id, String language) {
        return namesById.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(language, k -> new LinkedHashSet<>());
    }

    private static Map<String, List<String>> lists(Map<String, Set<String>> names) {
        Map<String, List<String>> out = new HashMap<>();
        if (names != null) {
            names.forEach((lang, set) -> out.put(lang, List.copyOf(set)));
        }
        return out;
    }
}
