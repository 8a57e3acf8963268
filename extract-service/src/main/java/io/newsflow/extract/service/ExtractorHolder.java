package io.newsflow.extract.service;

import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extract.messaging.KnowledgePublisher;
import io.newsflow.extract.repository.CuratedEntity;
import io.newsflow.extract.repository.CuratedEntityRepository;
import io.newsflow.extract.repository.CuratedName;
import io.newsflow.extract.repository.CuratedNameRepository;
import io.newsflow.extraction.Extractor;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the extractor in use. It starts over the bundled knowledge and is rebuilt, without a restart, whenever the
 * curated layer in PostgreSQL changes: curated entities replace bundled ones with the same id, merged entities
 * disappear and their names move to the entity that absorbed them. Each change is then published
 * ({@link KnowledgePublisher}) for the entities index; a change Kafka did not take is published again at the next
 * look, and every curated entity once at start.
 */
@ApplicationScoped
public class ExtractorHolder {

    private final KnowledgeBase bundled = KnowledgeBase.bundled();
    private final AtomicReference<Extractor> current = new AtomicReference<>(Extractor.over(bundled));
    private final CuratedEntityRepository entities;
    private final CuratedNameRepository names;
    private final KnowledgePublisher publisher;
    private volatile Instant loadedChange = Instant.EPOCH;

    public ExtractorHolder(CuratedEntityRepository entities, CuratedNameRepository names, KnowledgePublisher publisher) {
        this.entities = entities;
        this.names = names;
        this.publisher = publisher;
    }

    public Extractor current() {
        return current.get();
    }

    public KnowledgeBase bundled() {
        return bundled;
    }

    /** Looks for curators' changes every few seconds; a database that is away leaves the current extractor in place. */
    @Scheduled(every = "${newsflow.extract.knowledge-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @WithSession
    Uni<Void> refresh() {
        return entities.lastChange()
                .chain(change -> change == null || !change.isAfter(loadedChange)
                        ? Uni.createFrom().voidItem()
                        : reload(change))
                .onFailure().invoke(e -> Log.debugf("knowledge refresh skipped: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> reload(Instant change) {
        return entities.listAll()
                .chain(curated -> names.listAll().map(all -> build(curated, all))
                        .invoke(knowledge -> {
                            current.set(Extractor.over(knowledge));
                            Log.infof("knowledge reloaded: %d entities", knowledge.entities().size());
                        })
                        .chain(knowledge -> publisher.publish(changedSince(loadedChange, curated, knowledge))))
                .invoke(() -> loadedChange = change);
    }

    /**
     * The entries of the curated entities changed after {@code since}, and of the entities they were merged into:
     * all names an entity now has, or only where a merged one went.
     */
    static List<KnowledgeEntry> changedSince(Instant since, List<CuratedEntity> curated, KnowledgeBase knowledge) {
        Map<String, KnowledgeEntry> entries = new LinkedHashMap<>();
        for (CuratedEntity e : curated) {
            if (!e.updatedAt.isAfter(since)) {
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

    /** The bundled knowledge with the curated layer applied. */
    KnowledgeBase build(List<CuratedEntity> curated, List<CuratedName> curatedNames) {
        Map<String, Map<String, Set<String>>> namesById = new HashMap<>();
        for (CuratedName n : curatedNames) {
            namesById.computeIfAbsent(n.entityId, k -> new HashMap<>())
                    .computeIfAbsent(n.language, k -> new LinkedHashSet<>()).add(n.name);
        }
        Map<String, String> mergedInto = new HashMap<>();
        curated.stream().filter(e -> e.mergedInto != null).forEach(e -> mergedInto.put(e.id, e.mergedInto));
        // Names of merged entities (bundled or curated) move to the entity that absorbed them.
        mergedInto.forEach((from, into) -> {
            Map<String, Set<String>> target = namesById.computeIfAbsent(into, k -> new HashMap<>());
            bundled.byId(from).ifPresent(e -> {
                target.computeIfAbsent("en", k -> new LinkedHashSet<>()).add(e.preferredName());
                e.namesByLanguage().forEach((lang, list) -> target.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(list));
            });
            namesById.getOrDefault(from, Map.of()).forEach((lang, set) -> target.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(set));
        });
        List<CanonicalEntity> overrides = new ArrayList<>();
        for (CuratedEntity e : curated) {
            if (e.mergedInto == null) {
                overrides.add(new CanonicalEntity(e.id, e.type, e.preferredName, lists(namesById.get(e.id)), e.country, e.lat, e.lon));
            }
        }
        // A merge target that is only bundled still gains the names.
        for (String into : new LinkedHashSet<>(mergedInto.values())) {
            if (curated.stream().noneMatch(e -> e.id.equals(into) && e.mergedInto == null)) {
                bundled.byId(into).ifPresent(e -> {
                    Map<String, Set<String>> all = namesById.get(into);
                    e.namesByLanguage().forEach((lang, list) -> all.computeIfAbsent(lang, k -> new LinkedHashSet<>()).addAll(list));
                    overrides.add(new CanonicalEntity(e.id(), e.type(), e.preferredName(), lists(all), e.country(), e.lat(), e.lon()));
                });
            }
        }
        List<CanonicalEntity> kept = bundled.with(overrides).entities().stream()
                .filter(e -> !mergedInto.containsKey(e.id()))
                .toList();
        return KnowledgeBase.of(kept);
    }

    private static Map<String, List<String>> lists(Map<String, Set<String>> names) {
        Map<String, List<String>> out = new HashMap<>();
        if (names != null) {
            names.forEach((lang, set) -> out.put(lang, List.copyOf(set)));
        }
        return out;
    }
}
