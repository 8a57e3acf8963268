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

    public Uni<List<Feed>> all() {
        return listAll(Sort.ascending("id"));
    }

    public Uni<Feed> byUrl(String url) {
        return find("url", url).firstResult();
    }

    /** Enabled feeds whose next poll is due at {@code now}, the longest waiting first. */
    public Uni<List<Feed>> due(Instant now, int limit) {
        return find("enabled = true and (nextPollAt is null or nextPollAt <= ?1)", Sort.ascending("nextPollAt", "id"), now)
                .page(0, limit)
                .list();
    }
}
