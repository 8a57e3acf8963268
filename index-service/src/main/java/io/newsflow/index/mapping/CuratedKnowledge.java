package io.newsflow.index.mapping;

import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.newsflow.index.service.DocumentIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The knowledge base as index-service knows it: the bundled entities with the curated layer that extract-service
 * publishes on newsflow.entities.curated laid over them. An entity merged into another is no longer known.
 */
@ApplicationScoped
public class CuratedKnowledge {

    private final KnowledgeBase bundled;
    private final Map<String, Optional<CanonicalEntity>> curated = new ConcurrentHashMap<>();

    public CuratedKnowledge() {
        this(KnowledgeBase.bundled());
    }

    CuratedKnowledge(KnowledgeBase bundled) {
        this.bundled = bundled;
    }

    public Optional<CanonicalEntity> byId(String id) {
        Optional<CanonicalEntity> entry = curated.get(id);
        return entry != null ? entry : bundled.byId(id);
    }

    /**
     * Takes a curator's change; what it knew of the entity before is replaced. An entry that names no entity, or
     * names one without its type, preferred name or names, is refused whole ({@link InvalidPayloadException}, with
     * the reason) and changes nothing.
     */
    public void apply(KnowledgeEntry entry) {
        String problem = problem(entry);
        if (problem != null) {
            throw new InvalidPayloadException(problem);
        }
        curated.put(entry.id(), entry.merged() ? Optional.empty() : Optional.of(new CanonicalEntity(entry.id(),
                entry.type(), entry.preferredName(), entry.namesByLanguage(), entry.country(), entry.lat(), entry.lon())));
    }

    private static String problem(KnowledgeEntry entry) {
        if (entry == null) {
            return "not a KnowledgeEntry: null";
        }
        if (!DocumentIds.fits(entry.id())) {
            return "curated entity without an id, or with one over " + DocumentIds.MAX_BYTES + " UTF-8 bytes";
        }
        if (entry.merged()) {
            return null;
        }
        if (entry.type() == null || entry.preferredName() == null) {
            return "curated entity " + entry.id() + " without its type or preferred name";
        }
        boolean namesComplete = entry.namesByLanguage().values().stream()
                .allMatch(names -> names != null && names.stream().allMatch(Objects::nonNull));
        return namesComplete ? null : "curated entity " + entry.id() + " with a missing name";
    }
}
