package io.newsflow.gateway.security;

import io.newsflow.gateway.client.PostgresSessions;
import io.newsflow.gateway.stream.StreamSlots;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Hears of keys revoked on any replica: listens on {@link #CHANNEL} on a PostgreSQL session of its own and makes
 * {@link ApiKeyService} forget each key named (by its hash), so a revoke bites on every replica at once, not after
 * the cache TTL. While the session is down a revoke elsewhere bites within the TTL as before; on each (re)connect,
 * since a revoke may have been announced meanwhile, every cached key is forgotten and the keys of the streams still
 * open are read again: those revoked meanwhile are forgotten too, which ends their streams. A missed announcement so
 * costs at most the time until the session is back.
 */
@ApplicationScoped
public class KeyRevocationListener {

    /** The channel on which a revoke announces the revoked key's hash. */
    public static final String CHANNEL = "newsflow_key_revoked";
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final PostgresSessions sessions;
    private final Vertx vertx;
    private final ApiKeyService keys;
    private final StreamSlots streams;
    private volatile PgConnection connection;
    private volatile boolean stopped;
    private volatile boolean warned;

    public KeyRevocationListener(PostgresSessions sessions, Vertx vertx, ApiKeyService keys, StreamSlots streams) {
        this.sessions = sessions;
        this.vertx = vertx;
        this.keys = keys;
        this.streams = streams;
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
                    forgetKeysOfOpenStreamsRevokedMeanwhile(c);
                },
                e -> {
                    c.closeAndForget();
                    failed(e);
                });
    }

    /**
     * Reads again, on the listening session (so after LISTEN took effect: a revoke committed later is heard), which
     * keys of the open streams are still active, and forgets the others. A failed read ends the session, and the
     * next one reads again.
     */
    private void forgetKeysOfOpenStreamsRevokedMeanwhile(PgConnection c) {
        Set<String> open = streams.keyHashes();
        if (open.isEmpty()) {
            return;
        }
        c.preparedQuery("select hash from gateway_api_key where hash = any($1) and revoked_at is null")
                .execute(Tuple.of(open.toArray(String[]::new)))
                .subscribe().with(
                        rows -> {
                            Set<String> active = new HashSet<>();
                            rows.forEach(row -> active.add(row.getString(0)));
                            open.stream().filter(hash -> !active.contains(hash)).forEach(keys::forget);
                        },
                        e -> {
                            Log.warnf("could not read again the keys of the open streams after listening for key "
                                    + "revocations again; listening anew: %s", e.toString());
                            c.closeAndForget();
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
