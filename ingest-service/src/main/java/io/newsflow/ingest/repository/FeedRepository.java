package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The feed registry. */
@ApplicationScoped
public class FeedRepository implements PanacheRepository<Feed> {

    /** The registered feeds (not the deleted ones), by id. */
    public Uni<List<Feed>> all() {
        return list("deletedAt is null", Sort.ascending("id"));
    }

    /** The registered feed of this id; null when there is none or it was deleted. */
    public Uni<Feed> registered(long id) {
        return findById(id)
                .map(feed -> feed == null || feed.deletedAt != null ? null : feed);
    }

    /** The feed of this URL, registered or deleted (its row is kept, see {@link Feed#deletedAt}); null when none. */
    public Uni<Feed> byUrl(String url) {
        return find("url", url).firstResult();
    }

    /**
     * Up to {@code limit} enabled feeds whose next poll is due at {@code now}, the longest waiting first, locked for
     * this transaction; feeds another instance is claiming are skipped rather than waited for ({@code for update skip
     * locked}, which HQL cannot say through Hibernate Reactive's query hints).
     */
    public Uni<List<Feed>> lockDue(Instant now, int limit) {
        return getSession()
                .chain(session -> session.createNativeQuery("select * from feed where enabled and deleted_at is null"
                                + " and (next_poll_at is null or next_poll_at <= :now) order by next_poll_at, id"
                                + " limit :limit for update skip locked", Feed.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList());
    }
}
