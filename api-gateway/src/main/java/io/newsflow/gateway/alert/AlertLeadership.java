package io.newsflow.gateway.alert;

import io.newsflow.gateway.service.GatewayMetrics;
import io.quarkus.logging.Log;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which gateway instance sends alerts: the one that holds a PostgreSQL advisory lock on a connection of its own
 * (not one of the pool's, which would keep the lock when given back). With several replicas one sends and the
 * others stand by; when the sender stops, dies or loses PostgreSQL, its connection and with it the lock go, and the
 * next replica to try takes over. Used from the alert matcher's thread.
 */
@ApplicationScoped
public class AlertLeadership {

    /** The advisory lock: the bytes of "nfalerts". */
    public static final long LOCK = 0x6e66616c65727473L;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Vertx vertx;
    private final PgConnectOptions database;
    private final GatewayMetrics metrics;
    private PgConnection held;

    public AlertLeadership(Vertx vertx, GatewayMetrics metrics,
                           @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                           @ConfigProperty(name = "quarkus.datasource.username") String user,
                           @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.metrics = metrics;
        this.database = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    /** Whether this instance sends alerts now: the lock is still held on its connection, or was just taken. */
    public boolean leads() {
        if (held != null) {
            try {
                held.query("select 1").execute().await().atMost(WAIT);
                return true;
            } catch (RuntimeException e) {
                Log.warnf("this gateway no longer sends alerts: its PostgreSQL connection failed (%s)", e.toString());
                release();
            }
        }
        return take();
    }

    private boolean take() {
        PgConnection connection = null;
        try {
            connection = PgConnection.connect(vertx, database).await().atMost(WAIT);
            boolean taken = connection.preparedQuery("select pg_try_advisory_lock($1)").execute(Tuple.of(LOCK))
                    .await().atMost(WAIT).iterator().next().getBoolean(0);
            if (taken) {
                held = connection;
                metrics.alertSender(true);
                Log.info("this gateway sends alerts now (it holds the alert lock in PostgreSQL)");
                return true;
            }
        } catch (RuntimeException e) {
            Log.debugf("could not try the alert lock: %s", e.toString());
        }
        if (connection != null) {
            connection.close().subscribe().with(ignored -> { }, ignored -> { });
        }
        return false;
    }

    /** Gives the lock up, if held: closing the connection ends the session that holds it. */
    public void release() {
        if (held != null) {
            held.close().subscribe().with(ignored -> { }, ignored -> { });
            held = null;
            metrics.alertSender(false);
        }
    }
}
