package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Newest accepted version per article id. */
@ApplicationScoped
public class ArticleStateRepository implements PanacheRepositoryBase<ArticleState, String> {

    /** A remembered SimHash: what the near-duplicate index is warmed with after a start. */
    public record Fingerprint(long simhash, String clusterId, String language) {
    }

    /** The states of these ids (those that exist), in one query. */
    public Uni<List<ArticleState>> byIds(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("articleId in ?1", articleIds);
    }

    /** Which of these content hashes some article already carries, in one query. */
    public Uni<Set<String>> knownHashes(Collection<String> contentHashes) {
        if (contentHashes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select distinct s.contentHash from ArticleState s where s.contentHash in (:hashes)", String.class)
                        .setParameter("hashes", contentHashes)
                        .getResultList())
                .map(HashSet::new);
    }

    /** The SimHashes of the most recently updated articles, newest first, without loading the entities. */
    public Uni<List<Fingerprint>> recentFingerprints(int limit) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.simhash, s.clusterId, s.language from ArticleState s"
                                        + " where s.simhash is not null order by s.updatedAt desc", Object[].class)
                        .setMaxResults(limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Fingerprint((Long) row[0], (String) row[1], (String) row[2]))
                        .toList());
    }
}
