package io.newsflow.gateway.alert;

import io.newsflow.gateway.client.PostgresSessions;
import io.newsflow.gateway.security.KeyRevocationListener;
import io.newsflow.gateway.service.GatewayMetrics;
import io.newsflow.gateway.stream.StreamPosition;
import io.quarkus.logging.Log;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Which gateway instance sends alerts: the one that holds a PostgreSQL advisory lock on a connection of its own
 * (not one of the pool's, which would keep the lock when given back). With several replicas one sends and the
 * others stand by, trying the lock every {@link #STANDBY_TRY} on their own connection. When the sender stops, its
 * connection and with it the lock go at once; when it dies or loses the network, PostgreSQL ends its session after
 * the TCP keepalives it was asked for go unanswered (about 25 s). The sender records how far it has matched
 * ({@link AlertCursor}) on the same session, so a sender that lost the lock cannot move it, and the next one reads
 * on from there. The sender also listens there for saved searches saved or deleted on any replica. Used from the
 * alert matcher's thread, and once from the shutdown thread ({@link #close()}).
 */
@ApplicationScoped
public class AlertLeadership {

    /** The advisory lock: the bytes of "nfalerts". */
    public static final long LOCK = 0x6e66616c65727473L;
    /** The channel on which any replica announces that a saved search was saved or deleted; the sender listens. */
    public static final String SEARCHES_CHANGED = "newsflow_saved_searches";
    static final Duration STANDBY_TRY = Duration.ofSeconds(5);
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** The session's name, as pg_stat_activity shows it. */
    private static final String SESSION = "newsflow-alert-lock";

    private static final String READ_CURSOR = "select indexed_at_millis, article_id from gateway_alert_cursor where id = $1";
    private static final String WRITE_CURSOR = "insert into gateway_alert_cursor (id, indexed_at_millis, article_id, updated_at)"
            + " values ($1, $2, $3, now()) on conflict (id) do update set indexed_at_millis = excluded.indexed_at_millis,"
            + " article_id = excluded.article_id, updated_at = excluded.updated_at";

    private final PostgresSessions sessions;
    private final GatewayMetrics metrics;
    private PgConnection connection;
    private boolean holds;
    private long nextTry;
    private final AtomicBoolean searchesChanged = new AtomicBoolean();
    private boolean closed;

    public AlertLeadership(PostgresSessions sessions, GatewayMetrics metrics) {
        this.sessions = sessions;
        this.metrics = metrics;
    }

    /** Whether this instance sends alerts now: the lock is still held on its connection, or was just taken. */
    public synchronized boolean leads() {
        if (closed) {
            return false;
        }
        try {
            if (holds) {
                connection.query("select 1").execute().await().atMost(WAIT);
                return true;
            }
            if (System.currentTimeMillis() < nextTry) {
                return false;
            }
            nextTry = System.currentTimeMillis() + STANDBY_TRY.toMillis();
            if (connection == null) {
                connection = sessions.open(SESSION).await().atMost(WAIT.multipliedBy(2));
                connection.notificationHandler(notification -> searchesChanged.set(true));
            }
            holds = connection.preparedQuery("select pg_try_advisory_lock($1)").execute(Tuple.of(LOCK))
                    .await().atMost(WAIT).iterator().next().getBoolean(0);
            if (holds) {
                // A revoked key's searches stop matching: a revoke (through any replica or the launcher) is a
                // change of the searches to match too.
                connection.query("listen " + SEARCHES_CHANGED).execute().await().atMost(WAIT);
                connection.query("listen " + KeyRevocationListener.CHANNEL).execute().await().atMost(WAIT);
                metrics.alertSender(true);
                Log.info("this gateway sends alerts now (it holds the alert lock in PostgreSQL)");
            }
            return holds;
        } catch (RuntimeException e) {
            if (holds) {
                Log.warnf("this gateway no longer sends alerts: its PostgreSQL connection failed (%s)", e.toString());
            } else {
                Log.debugf("could not try the alert lock: %s", e.toString());
            }
            release();
            return false;
        }
    }

    /**
     * Whether a saved search was saved or deleted, or a key revoked, on any replica or by the launcher, since the last
     * call. Only while this instance
     * {@link #leads()}: it listens from when it takes the lock.
     */
    public boolean searchesChanged() {
        return searchesChanged.getAndSet(false);
    }

    /** Where the last sender stopped matching, if one recorded it. Only while this instance {@link #leads()}. */
    public synchronized Optional<StreamPosition> recorded() {
        RowIterator<Row> rows = connection.preparedQuery(READ_CURSOR).execute(Tuple.of(AlertCursor.ALERTS))
                .await().atMost(WAIT).iterator();
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        Row row = rows.next();
        return Optional.of(new StreamPosition(row.getLong(0), row.getString(1)));
    }

    /** Records how far this sender has matched, on the session that holds the lock. Only while this instance leads. */
    public synchronized void record(StreamPosition position) {
        connection.preparedQuery(WRITE_CURSOR)
                .execute(Tuple.of(AlertCursor.ALERTS, position.indexedAtMillis(), position.articleId()))
                .await().atMost(WAIT);
    }

    /** Gives the lock up for good: this instance is stopping, and a matching cycle still running cannot take it back. */
    public synchronized void close() {
        closed = true;
        release();
    }

    /** Gives the lock up, if held, and the connection: closing it ends the session that holds the lock. */
    private synchronized void release() {
        if (connection != null) {
            connection.close().subscribe().with(ignored -> { }, ignored -> { });
            connection = null;
        }
        if (holds) {
            holds = false;
            metrics.alertSender(false);
        }
    }
}
