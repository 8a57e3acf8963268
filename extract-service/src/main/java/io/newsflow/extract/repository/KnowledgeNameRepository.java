package io.newsflow.extract.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Names of knowledge-base entities. */
@ApplicationScoped
public class KnowledgeNameRepository implements PanacheRepository<KnowledgeName> {

    /**
     * The name rows of these entities and of the entities merged into them (whose names the knowledge base gives them).
     * Merges are kept flat, so one step finds them all.
     */
    public Uni<List<KnowledgeName>> heldBy(List<String> entityIds) {
        return find("entityId in ?1 or entityId in (select e.id from KnowledgeEntity e where e.mergedInto in ?1)", entityIds).list();
    }
}
