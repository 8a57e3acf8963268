package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one change to existing tables that Hibernate's schema update cannot make: databases created before
 * {@link LedgerOutcome#HELD} existed carry a check constraint listing the outcomes of the time, which would refuse
 * every held item. At start the constraint is replaced by one listing today's outcomes. Runs after Hibernate's
 * own update, before the service takes traffic.
 */
@ApplicationScoped
public class SchemaUpgrade {

    private static final String CHECK = "article_ledger_outcome_check";

    private static String outcomes() {
        return java.util.Arrays.stream(LedgerOutcome.values())
                .map(o -> "'" + o.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    void onStart(@Observes StartupEvent event) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(
                                    "alter table if exists article_ledger drop constraint if exists " + CHECK)
                            .executeUpdate()
                            .chain(() -> session.createNativeQuery("alter table if exists article_ledger add constraint "
                                    + CHECK + " check (outcome in (" + outcomes() + "))").executeUpdate()))));
        } catch (Throwable e) {
            // Not fatal: a fresh database has the current list; the service must still start when PostgreSQL is late.
            Log.warnf("could not renew the ledger outcome check (%s); held items may be refused on an old database",
                    e.toString());
        }
    }
}
