package io.newsflow.extract.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Curated entities. */
@ApplicationScoped
public class KnowledgeEntityRepository implements PanacheRepositoryBase<KnowledgeEntity, String> {

    /** When curators last changed anything; the extractor rebuilds its knowledge when this moves. */
    public Uni<Instant> lastChange() {
        return getSession().chain(session -> session
                .createSelectionQuery("select max(e.updatedAt) from KnowledgeEntity e", Instant.class)
                .getSingleResultOrNull());
    }
}
