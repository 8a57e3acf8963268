package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The append-only ledger of received items. Rows are appended a batch per statement (native SQL in the caller's
 * transaction, one array per column, so the statement stays short), each id drawn from the entity's sequence: {@code nextval} gives the top of a block Hibernate never
 * hands out itself, so rows written either way never share an id.
 */
@ApplicationScoped
public class ArticleLedgerRepository implements PanacheRepository<LedgerEntry> {

    /** Every ledger row of one article, oldest first: its version history as operators read it. */
    public Uni<List<LedgerEntry>> history(String articleId) {
        return find("articleId", Sort.ascending("receivedAt", "id"), articleId).list();
    }

    /** The newest rows first, filtered by whichever of outcome, channel, source and since are given. */
    public Uni<List<LedgerEntry>> latest(LedgerOutcome outcome, String channel, String source, Instant since, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (outcome != null) {
            query.append(" and outcome = :outcome");
            parameters.and("outcome", outcome);
        }
        if (channel != null && !channel.isBlank()) {
            query.append(" and channel = :channel");
            parameters.and("channel", channel.strip());
        }
        if (source != null && !source.isBlank()) {
            query.append(" and source = :source");
            parameters.and("source", source.strip());
        }
        if (since != null) {
            query.append(" and receivedAt >= :since");
            parameters.and("since", since);
        }
        return find(query.toString(), Sort.descending("receivedAt", "id"), parameters).page(0, limit).list();
    }

    /** Appends these rows in one statement, the values as one array per column. */
    public Uni<Void> append(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = entries.size();
        String[][] columns = new String[10][n];
        for (int i = 0; i < n; i++) {
            LedgerEntry e = entries.get(i);
            columns[0][i] = e.articleId;
            columns[1][i] = e.version == null ? null : Long.toString(e.version);
            columns[2][i] = e.contentHash;
            columns[3][i] = NativeValues.text(e.receivedAt);
            columns[4][i] = e.source;
            columns[5][i] = e.channel;
            columns[6][i] = e.format;
            columns[7][i] = e.outcome.name();
            columns[8][i] = e.reason;
            columns[9][i] = Boolean.toString(e.correction);
        }
        return getSession()
                .chain(session -> NativeValues.bind(session.createNativeQuery(APPEND), columns).executeUpdate())
                .replaceWithVoid();
    }

    private static final String APPEND = "insert into article_ledger (id, article_id, version, content_hash, received_at,"
            + " source, channel, format, outcome, reason, correction)"
            + " select nextval('article_ledger_seq'), t.article_id, cast(t.version as bigint), t.content_hash,"
            + " cast(t.received_at as timestamptz), t.source, t.channel, t.format, t.outcome, t.reason,"
            + " cast(t.correction as boolean)"
            + " from unnest(" + NativeValues.arrays(10) + ") with ordinality as t(article_id, version, content_hash,"
            + " received_at, source, channel, format, outcome, reason, correction, n) order by t.n";
}
