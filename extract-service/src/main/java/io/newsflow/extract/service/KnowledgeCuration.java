package io.newsflow.extract.service;

import io.newsflow.contracts.EntityType;
import io.newsflow.extract.repository.KnowledgeEntity;
import io.newsflow.extract.repository.KnowledgeEntityRepository;
import io.newsflow.extract.repository.KnowledgeName;
import io.newsflow.extract.repository.KnowledgeNameRepository;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What curators do to the knowledge base: add entities, add names, merge two entities into one. */
@ApplicationScoped
public class KnowledgeCuration {

    private final KnowledgeEntityRepository entities;
    private final KnowledgeNameRepository names;
    private final ExtractorHolder extractors;

    public KnowledgeCuration(KnowledgeEntityRepository entities, KnowledgeNameRepository names, ExtractorHolder extractors) {
        this.entities = entities;
        this.names = names;
        this.extractors = extractors;
    }

    /** A new entity; its id is derived from type and name when not given. */
    @WithTransaction
    public Uni<KnowledgeEntity> add(String id, EntityType type, String preferredName, Map<String, List<String>> namesByLanguage,
                                  String country, Double lat, Double lon) {
        if (type == null || preferredName == null || preferredName.isBlank()) {
            throw new BadRequestException("an entity needs a type (PERSON, ORG, LOC) and a preferredName");
        }
        String name = CurationInput.text("preferredName", preferredName, CurationInput.MAX_LENGTH);
        String entityId = CurationInput.id(id != null && !id.isBlank() ? id : type.name().toLowerCase(Locale.ROOT).substring(0, 3)
                + ":" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
        String place = CurationInput.optionalText("country", country);
        Map<String, List<String>> listed = CurationInput.names(namesByLanguage);
        return entities.waitForSeeding()
                .chain(entities::nextChange)
                .chain(change -> entities.findById(entityId).chain(existing -> {
                    if (existing != null || extractors.currentWithoutWaiting().knowledge().byId(entityId).isPresent()) {
                        return Uni.createFrom().failure(new BadRequestException("entity " + entityId + " exists; add names to it instead"));
                    }
                    KnowledgeEntity entity = KnowledgeEntity.ofChange(
                            new CanonicalEntity(entityId, type, name, Map.of(), place, lat, lon), Instant.now(), change);
                    return entities.persist(entity)
                            .call(() -> addNames(entityId, listed));
                }));
    }

    /** Adds a name to an entity, bundled or curated (a bundled one becomes curated). */
    @WithTransaction
    public Uni<KnowledgeEntity> alias(String id, String language, String name) {
        Map<String, List<String>> alias = Map.of(CurationInput.language(language), List.of(CurationInput.name(name)));
        return entities.waitForSeeding()
                .chain(entities::nextChange)
                .chain(change -> curated(id, change)
                        .call(entity -> addNames(id, alias))
                        .invoke(entity -> entity.changed(Instant.now(), change)));
    }

    /**
     * Merges {@code id} into {@code into}: its names move there, and its mentions link there from now on. When
     * {@code into} was itself merged, the entity that absorbed it takes them; entities merged into {@code id} earlier
     * follow it, so no merge ever points at a merged entity.
     */
    @WithTransaction
    public Uni<KnowledgeEntity> merge(String id, String into) {
        if (id.equals(into)) {
            throw new BadRequestException("an entity cannot be merged into itself");
        }
        return entities.waitForSeeding()
                .chain(entities::lockMerges)
                .chain(entities::nextChange)
                .chain(change -> absorbing(into, id, new HashSet<>(), change)
                        .chain(target -> curated(id, change)
                                .call(() -> names.heldBy(List.of(target.id, id))
                                        .invoke(held -> CurationInput.requireRoomFor(distinct(held.stream()))))
                                .call(merged -> {
                                    Instant now = Instant.now();
                                    merged.mergedInto = target.id;
                                    merged.changed(now, change);
                                    target.changed(now, change);
                                    return entities.update("mergedInto = ?1, updatedAt = ?2, changeNumber = ?3 where mergedInto = ?4",
                                            target.id, now, change, id);
                                })
                                .replaceWith(target)));
    }

    /** The entity that takes what is merged into {@code into}: {@code into} itself, or the one it was merged into. */
    private Uni<KnowledgeEntity> absorbing(String into, String merging, Set<String> passed, long change) {
        return curated(into, change).chain(target -> {
            if (target.mergedInto == null) {
                return Uni.createFrom().item(target);
            }
            if (target.mergedInto.equals(merging)) {
                return Uni.createFrom().failure(new BadRequestException(
                        "entity " + into + " was merged into " + merging + " already; it cannot take " + merging + " back"));
            }
            if (!passed.add(into)) {
                return Uni.createFrom().failure(new IllegalStateException("merges in kb_entity run in a circle through " + into));
            }
            return absorbing(target.mergedInto, merging, passed, change);
        });
    }

    /**
     * The entity's row, marked as changed by curators. An entity the extractor knows but the database does not yet
     * hold (curated before the first seeding finished) is written with its names, as of change {@code change}.
     */
    private Uni<KnowledgeEntity> curated(String id, long change) {
        return entities.findById(id).chain(existing -> {
            if (existing != null) {
                existing.bundled = false;
                return Uni.createFrom().item(existing);
            }
            CanonicalEntity known = extractors.currentWithoutWaiting().knowledge().byId(id)
                    .orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'"));
            KnowledgeEntity copy = KnowledgeEntity.ofChange(known, Instant.now(), change);
            return entities.persist(copy).call(() -> addNames(known.id(), known.namesByLanguage()));
        });
    }

    /**
     * Adds the names the entity does not have yet; a 400 when it would then have more than an entity takes, counting
     * the names of the entities merged into it, which are its names too.
     */
    private Uni<Void> addNames(String entityId, Map<String, List<String>> byLanguage) {
        List<KnowledgeName> rows = byLanguage.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(name -> KnowledgeName.of(entityId, e.getKey(), name)))
                .toList();
        return rows.isEmpty() ? Uni.createFrom().voidItem()
                : names.heldBy(List.of(entityId)).chain(held -> {
                    List<KnowledgeName> added = rows.stream()
                            .filter(r -> held.stream().noneMatch(x -> x.entityId.equals(entityId)
                                    && x.language.equals(r.language) && x.name.equals(r.name)))
                            .toList();
                    CurationInput.requireRoomFor(distinct(Stream.concat(held.stream(), added.stream())));
                    return names.persist(added);
                });
    }

    /** How many names these are, a name in one language counted once (as the knowledge base holds them). */
    private static long distinct(Stream<KnowledgeName> names) {
        return names.map(n -> n.language + "\n" + n.name).distinct().count();
    }
}
