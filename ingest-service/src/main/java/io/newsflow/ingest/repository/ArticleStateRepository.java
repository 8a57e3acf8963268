package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Newest accepted version per article id. The ingest path reads and writes a whole batch of states in one statement
 * each (native SQL in the caller's session and transaction, one array per column): the states are plain values there, not managed
 * entities, which keeps Hibernate's per-entity work (persist events, flush, dirty checks) off the hot path.
 */
@ApplicationScoped
public class ArticleStateRepository implements PanacheRepositoryBase<ArticleState, String> {

    private static final String COLUMNS = "article_id, version, version_created, content_hash, pub_status, cluster_id,"
            + " simhash, simhash2, simhash3, simhash4, language, first_received_at, updated_at, format, source, feed_id";

    /** A remembered story signature: what the near-duplicate index is warmed with after a start. */
    public record Fingerprint(long[] signature, String clusterId, String language) {
    }

    /**
     * The states of these ids (those that exist), read once this transaction alone may decide on them: it first
     * takes a transaction-scoped advisory lock on each id's hash ({@link #SERIALISE}), so that two transactions
     * deciding on the same article take turns even while it has no state yet (a row lock would need the row). The
     * second then reads what the first stored, rather than deciding as if the id were new and losing the insert.
     */
    public Uni<List<ArticleState>> lockStates(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        String[] ids = articleIds.toArray(String[]::new);
        return getSession()
                .chain(session -> session.createNativeQuery(SERIALISE, Long.class)
                        .setParameter(1, ids)
                        .getSingleResult()
                        .chain(locked -> session.createNativeQuery("select " + COLUMNS + " from article_state"
                                        + " where article_id = any(cast(?1 as text[])) for update", Object[].class)
                                .setParameter(1, ids)
                                .getResultList()))
                .map(rows -> rows.stream().map(ArticleStateRepository::state).toList());
    }

    /** The advisory-lock key space of article ids ("nflw"), apart from any other user of advisory locks. */
    private static final int ARTICLE_LOCKS = 0x6e666c77;

    /**
     * Locks the ids' hashes until the transaction ends, in ascending order, so that two transactions with
     * overlapping ids never wait on each other in a cycle (two ids of one hash share a lock, which only serialises
     * a little more). The subquery's order is the order the locks are taken in: it is sorted before the aggregate.
     */
    private static final String SERIALISE = "select count(pg_advisory_xact_lock(" + ARTICLE_LOCKS + ", k)) from"
            + " (select distinct hashtext(id) as k from unnest(cast(?1 as text[])) as id order by k) as ordered";

    /**
     * Writes these states (new or changed, one per id) in one statement: the values go as one array per column,
     * so the statement stays short however many rows it carries. An existing row is only replaced by a newer
     * version, or by the same version unless that would put a usable item over a kill; so a transaction that lost a
     * race cannot put an older state back, nor revive a killed article. Fails with
     * {@link ConcurrentDecisionException} when a row was left alone for that reason: a state this transaction never
     * saw was stored meanwhile, and every decision it made rests on not seeing it.
     */
    public Uni<Void> upsert(List<ArticleState> states) {
        if (states.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = states.size();
        String[][] columns = new String[16][n];
        for (int i = 0; i < n; i++) {
            ArticleState s = states.get(i);
            columns[0][i] = s.articleId;
            columns[1][i] = Long.toString(s.version);
            columns[2][i] = NativeValues.text(s.versionCreated);
            columns[3][i] = s.contentHash;
            columns[4][i] = s.pubStatus;
            columns[5][i] = s.clusterId;
            columns[6][i] = NativeValues.text(s.simhash);
            columns[7][i] = NativeValues.text(s.simhash2);
            columns[8][i] = NativeValues.text(s.simhash3);
            columns[9][i] = NativeValues.text(s.simhash4);
            columns[10][i] = s.language;
            columns[11][i] = NativeValues.text(s.firstReceivedAt);
            columns[12][i] = NativeValues.text(s.updatedAt);
            columns[13][i] = s.format;
            columns[14][i] = s.source;
            columns[15][i] = NativeValues.text(s.feedId);
        }
        return getSession()
                .chain(session -> NativeValues.bind(session.createNativeQuery(UPSERT), columns).executeUpdate())
                .invoke(written -> {
                    if (written < n) {
                        throw new ConcurrentDecisionException(written, n);
                    }
                })
                .replaceWithVoid();
    }

    private static final String UPSERT = "insert into article_state (" + COLUMNS + ")"
            + " select t.id, cast(t.version as bigint), cast(t.version_created as timestamptz), t.content_hash,"
            + " t.pub_status, t.cluster_id, cast(t.s1 as bigint), cast(t.s2 as bigint), cast(t.s3 as bigint),"
            + " cast(t.s4 as bigint), t.language, cast(t.first_received_at as timestamptz),"
            + " cast(t.updated_at as timestamptz), t.format, t.source, cast(t.feed_id as bigint)"
            + " from unnest(" + NativeValues.arrays(16) + ") as t(id, version, version_created, content_hash, pub_status,"
            + " cluster_id, s1, s2, s3, s4, language, first_received_at, updated_at, format, source, feed_id)"
            + " on conflict (article_id) do update set version = excluded.version,"
            + " version_created = excluded.version_created, content_hash = excluded.content_hash,"
            + " pub_status = excluded.pub_status, cluster_id = excluded.cluster_id, simhash = excluded.simhash,"
            + " simhash2 = excluded.simhash2, simhash3 = excluded.simhash3, simhash4 = excluded.simhash4,"
            + " language = excluded.language, updated_at = excluded.updated_at"
            + " where article_state.version < excluded.version or (article_state.version = excluded.version"
            + " and (article_state.pub_status = 'USABLE' or excluded.pub_status <> 'USABLE'))";

    /**
     * Which of these content hashes some article already carries, in one query. Native, with the hashes as one array
     * parameter: an HQL {@code in} list of a whole poll's hashes costs more to translate than to run.
     */
    public Uni<Set<String>> knownHashes(Collection<String> contentHashes) {
        if (contentHashes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        String[] hashes = contentHashes.toArray(String[]::new);
        return getSession()
                .chain(session -> session.createNativeQuery("select distinct content_hash from article_state"
                                + " where content_hash = any(cast(?1 as text[]))", String.class)
                        .setParameter(1, hashes)
                        .getResultList())
                .map(HashSet::new);
    }

    /** The story signatures of the most recently updated articles, newest first, without loading the entities. */
    public Uni<List<Fingerprint>> recentFingerprints(int limit) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.simhash, s.simhash2, s.simhash3, s.simhash4, s.clusterId, s.language"
                                        + " from ArticleState s where s.simhash4 is not null order by s.updatedAt desc",
                                Object[].class)
                        .setMaxResults(limit)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new Fingerprint(new long[] {(Long) row[0], (Long) row[1], (Long) row[2], (Long) row[3]},
                                (String) row[4], (String) row[5]))
                        .toList());
    }

    private static ArticleState state(Object[] row) {
        ArticleState s = new ArticleState();
        s.articleId = (String) row[0];
        s.version = ((Number) row[1]).longValue();
        s.versionCreated = NativeValues.instant(row[2]);
        s.contentHash = (String) row[3];
        s.pubStatus = (String) row[4];
        s.clusterId = (String) row[5];
        s.simhash = NativeValues.longValue(row[6]);
        s.simhash2 = NativeValues.longValue(row[7]);
        s.simhash3 = NativeValues.longValue(row[8]);
        s.simhash4 = NativeValues.longValue(row[9]);
        s.language = (String) row[10];
        s.firstReceivedAt = NativeValues.instant(row[11]);
        s.updatedAt = NativeValues.instant(row[12]);
        s.format = (String) row[13];
        s.source = (String) row[14];
        s.feedId = NativeValues.longValue(row[15]);
        return s;
    }
}
