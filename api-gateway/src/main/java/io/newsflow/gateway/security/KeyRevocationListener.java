package io.newsflow.gateway.security;

import io.newsflow.gateway.client.PostgresSessions;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Hears of keys revoked on any replica: listens on {@link #CHANNEL} on a PostgreSQL session of its own and makes
 * {@link ApiKeyService} forget each key named (by its hash), so a revoke bites on every replica at once, not after
 * the cache TTL. While the session is down a revoke elsewhere bites within the TTL as before; on each (re)connect
 * every cached key is forgotten, since a revoke may have been announced meanwhile.
 */
@ApplicationScoped
public class KeyRevocationListener {

    /** The channel on which a revoke announces the revoked key's hash. */
    public static final String CHANNEL = "newsflow_key_revoked";
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final PostgresSessions sessions;
    private final Vertx vertx;
    private final ApiKeyService keys;
    private volatile PgConnection connection;
    private volatile boolean stopped;
    private volatile boolean warned;

    public KeyRevocationListener(PostgresSessions sessions, Vertx vertx, ApiKeyService keys) {
        this.sessions = sessions;
        this.vertx = vertx;
        this.keys = keys;
    }

    void start(@Observes StartupEvent event) {
        listen();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        PgConnection open = connection;
        if (open != null) {
            open.closeAndForget();
        }
    }

    private void listen() {
        if (stopped) {
            return;
        }
        sessions.open("newsflow-key-revocations").subscribe().with(this::listenOn, this::failed);
    }

    private void listenOn(PgConnection c) {
        if (stopped) {
            // Stopped while this session was being opened: stop() had none to close.
            c.closeAndForget();
            return;
        }
        c.notificationHandler(notification -> keys.forget(notification.getPayload()));
        c.query("listen " + CHANNEL).execute().subscribe().with(
                ignored -> {
                    connection = c;
                    c.closeHandler(this::retryLater);
                    warned = false;
                    keys.forgetAll();
                },
                e -> {
                    c.closeAndForget();
                    failed(e);
                });
    }

    private void failed(Throwable e) {
        if (!warned) {
            Log.warnf("not listening for key revocations (retrying every %ss; meanwhile a revoke on another replica "
                    + "bites within the key cache TTL): %s", RETRY.toSeconds(), e.toString());
            warned = true;
        }
        retryLater();
    }

    private void retryLater() {
        connection = null;
        if (!stopped) {
            vertx.setTimer(RETRY.toMillis(), ignored -> listen());
        }
    }
}
