package io.newsflow.index.mapping;

import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
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

    /** Takes a curator's change; what it knew of the entity before is replaced. */
    public void apply(KnowledgeEntry entry) {
        curated.put(entry.id(), entry.merged() ? Optional.empty() : Optional.of(new CanonicalEntity(entry.id(),
                entry.type(), entry.preferredName(), entry.namesByLanguage(), entry.country(), entry.lat(), entry.lon())));
    }
}
