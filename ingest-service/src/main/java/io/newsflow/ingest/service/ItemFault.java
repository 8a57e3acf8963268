package io.newsflow.ingest.service;

import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.ingest.wire.MarkupText;
import io.vertx.pgclient.PgException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.hibernate.JDBCException;

/**
 * Tells a failure that is a document's own fault from an outage. Only the first may ever cost a document its place
 * (a dead letter); an outage (PostgreSQL stopped or restarting, a connection dropped, Kafka unreachable, a
 * serialisation failure or deadlock between two instances) is waited out and the same documents taken again.
 *
 * <p>A document's fault is narrow on purpose: PostgreSQL refusing its values (SQL state classes 22 data exception,
 * 23 integrity constraint, 54 program limit such as an index row too large), or a programming error while deciding
 * it, or a stored item that is no longer a valid payload (a held item written by another build), or Kafka refusing
 * one of its records as too large (the producer's {@code max.request.size} or the broker's
 * {@code max.message.bytes}), which sent again is refused again for ever. Anything else, including failures not
 * recognised at all, counts as an outage: waiting on a fault that is not one shows (the channel reports failure
 * after {@code throttled.unprocessed-record-max-age.ms}), whereas a valid item dead-lettered during an outage would
 * be lost silently.
 */
public final class ItemFault {

    private static final Set<String> ITEM_SQL_STATE_CLASSES = Set.of("22", "23", "54");

    private ItemFault() {
    }

    /** True when this failure is the data's fault, so taking the documents one by one can isolate the culprit. */
    public static boolean caused(Throwable failure) {
        if (tooLarge(failure)) {
            return true;
        }
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String state = sqlState(t);
            if (state != null && state.length() >= 2) {
                return ITEM_SQL_STATE_CLASSES.contains(state.substring(0, 2));
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof InvalidPayloadException
                || root instanceof NullPointerException
                || root instanceof IllegalArgumentException
                || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException
                || root instanceof ArithmeticException;
    }

    /** True when Kafka refused a record of this document as too large, which sending it again cannot change. */
    public static boolean tooLarge(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof RecordTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What refused the item, for its ledger row: PostgreSQL's message and SQL state, Kafka's refusal, or the
     * exception at the root; without control characters (as item texts are cleaned), which the ledger could not
     * hold either.
     */
    public static String describe(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String state = sqlState(t);
            if (state != null) {
                return MarkupText.withoutControls("PostgreSQL refused it (SQL state " + state + "): " + t.getMessage());
            }
            if (t instanceof RecordTooLargeException) {
                return MarkupText.withoutControls("Kafka refused it as too large: " + t.getMessage());
            }
            root = t;
        }
        return MarkupText.withoutControls(root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    private static String sqlState(Throwable t) {
        if (t instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (t instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        if (t instanceof SQLException sql) {
            return sql.getSQLState();
        }
        return null;
    }
}
