package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The changes to existing tables that Hibernate's schema update cannot make, run at start after Hibernate's own
 * update and before the service takes traffic:
 *
 * <ul>
 * <li>Columns are snake_case ({@code article_id}); databases created before carry the same columns under
 * Hibernate's default names ({@code articleid}). Each such column is renamed, its data and indexes kept; the empty
 * snake_case column Hibernate's update may have added beside it just before is dropped first.</li>
 * <li>Databases created before {@link LedgerOutcome#HELD} existed carry a check constraint listing the outcomes of
 * the time, which would refuse every held item: it is replaced by one listing today's outcomes.</li>
 * </ul>
 */
@ApplicationScoped
public class SchemaUpgrade {

    private static final String CHECK = "article_ledger_outcome_check";

    /** The multi-word columns of each table, snake_case; the legacy name is the same without underscores. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "article_ledger", List.of("article_id", "content_hash", "received_at"),
            "article_state", List.of("article_id", "version_created", "content_hash", "pub_status", "cluster_id",
                    "first_received_at", "updated_at"),
            "held_item", List.of("article_id", "release_at", "received_at"),
            "feed", List.of("poll_interval_seconds", "source_name", "language_hint", "created_at", "last_modified",
                    "last_polled_at", "last_success_at", "last_error_at", "last_error", "last_status", "items_seen",
                    "consecutive_failures", "next_poll_at"));

    void onStart(@Observes StartupEvent event) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(this::renameLegacyColumns)
                    .chain(this::renewOutcomeCheck)));
        } catch (Throwable e) {
            // Not fatal: a fresh database is already right; the service must still start when PostgreSQL is late.
            Log.warnf("could not upgrade the schema (%s); an old database may refuse rows", e.toString());
        }
    }

    private Uni<Mutiny.Session> renameLegacyColumns(Mutiny.Session session) {
        List<String[]> renames = COLUMNS.entrySet().stream()
                .flatMap(table -> table.getValue().stream()
                        .map(column -> new String[] {table.getKey(), column.replace("_", ""), column}))
                .toList();
        return Multi.createFrom().iterable(renames)
                .onItem().transformToUniAndConcatenate(rename -> renameIfLegacy(session, rename[0], rename[1], rename[2]))
                .collect().last()
                .replaceWith(session);
    }

    private Uni<Void> renameIfLegacy(Mutiny.Session session, String table, String legacy, String column) {
        return session.createNativeQuery("select column_name from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ?1 and column_name in (?2, ?3)", String.class)
                .setParameter(1, table)
                .setParameter(2, legacy)
                .setParameter(3, column)
                .getResultList()
                .chain(found -> {
                    if (!found.contains(legacy)) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<Boolean> clear = !found.contains(column) ? Uni.createFrom().item(true)
                            : session.createNativeQuery("select count(*) from " + table + " where " + column
                                            + " is not null", Long.class)
                                    .getSingleResult()
                                    .map(filled -> filled == 0);
                    return clear.chain(empty -> {
                        if (!empty) {
                            Log.warnf("%s has both %s and %s with data; left as they are", table, legacy, column);
                            return Uni.createFrom().voidItem();
                        }
                        Log.infof("renaming %s.%s to %s", table, legacy, column);
                        Uni<Integer> dropAdded = found.contains(column)
                                ? session.createNativeQuery("alter table " + table + " drop column " + column).executeUpdate()
                                : Uni.createFrom().item(0);
                        return dropAdded
                                .chain(() -> session.createNativeQuery("alter table " + table + " rename column "
                                        + legacy + " to " + column).executeUpdate())
                                .replaceWithVoid();
                    });
                });
    }

    private Uni<Integer> renewOutcomeCheck(Mutiny.Session session) {
        String outcomes = Arrays.stream(LedgerOutcome.values())
                .map(o -> "'" + o.name() + "'")
                .collect(Collectors.joining(", "));
        return session.createNativeQuery("alter table if exists article_ledger drop constraint if exists " + CHECK)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("alter table if exists article_ledger add constraint "
                        + CHECK + " check (outcome in (" + outcomes + "))").executeUpdate());
    }
}
