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

    /** The ids of up to {@code limit} items due at {@code now}, earliest first, as {@link #due} orders them, unlocked. */
    public Uni<List<Long>> dueIds(Instant now, int limit) {
        return getSession()
                .chain(session -> session.createSelectionQuery("select h.id from HeldItem h where h.releaseAt <= :now"
                                + " order by h.releaseAt, h.id", Long.class)
                        .setParameter("now", now)
                        .setMaxResults(limit)
                        .getResultList());
    }

    /**
     * This item when it is due at {@code now}, locked for this transaction; none when it has gone or another instance
     * is releasing it.
     */
    public Uni<List<HeldItem>> due(long id, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery("select * from held_item where id = :id"
                                + " and release_at <= :now for update skip locked", HeldItem.class)
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .getResultList());
    }
}
