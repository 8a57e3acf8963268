package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Embargoed items waiting for release. */
@ApplicationScoped
public class HeldItemRepository implements PanacheRepository<HeldItem> {

    /**
     * Up to {@code limit} items due at {@code now}, earliest first, locked for this transaction; rows another
     * instance is releasing are skipped rather than waited for ({@code for update skip locked}, which HQL cannot
     * say through Hibernate Reactive's query hints).
     */
    public Uni<List<HeldItem>> due(Instant now, int limit) {
        return getSession()
                .chain(session -> session.createNativeQuery("select * from held_item where release_at <= :now"
                                + " order by release_at, id limit :limit for update skip locked", HeldItem.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList());
    }
}
