package io.newsflow.ingest.repository;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Helpers for the native statements of the ingest path: rows come back in whatever types the driver chose, and
 * batches go in as one text array per column ({@code unnest}), cast to the column types in SQL, so that a batch of
 * any size is one short statement with a fixed number of parameters.
 */
final class NativeValues {

    private NativeValues() {
    }

    /** {@code cast(?1 as text[]), ..., cast(?n as text[])}. */
    static String arrays(int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            sql.append(i == 1 ? "" : ", ").append("cast(?").append(i).append(" as text[])");
        }
        return sql.toString();
    }

    /** Binds one array per column, in order. */
    static <Q extends org.hibernate.reactive.mutiny.Mutiny.AbstractQuery> Q bind(Q query, String[][] columns) {
        for (int i = 0; i < columns.length; i++) {
            query.setParameter(i + 1, columns[i]);
        }
        return query;
    }

    static String text(Long value) {
        return value == null ? null : value.toString();
    }

    static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A time as PostgreSQL reads it into {@code timestamptz}. */
    static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + value.getClass().getName());
    }
}
