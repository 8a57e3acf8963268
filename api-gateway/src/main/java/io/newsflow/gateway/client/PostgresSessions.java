package io.newsflow.gateway.client;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens PostgreSQL connections of the gateway's own, outside the pool Hibernate Reactive uses, to the same database:
 * for what must live on one session (the alert lock, a LISTEN). Each session is named and asks the server to probe
 * it after 10 s of silence, every 5 s, and to end it after 3 missed probes, so a gateway gone from the network loses
 * its session in about 25 s.
 */
@ApplicationScoped
public class PostgresSessions {

    /** How long to wait for a connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final Vertx vertx;
    private final PgConnectOptions database;

    public PostgresSessions(Vertx vertx,
                            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                            @ConfigProperty(name = "quarkus.datasource.username") String user,
                            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                            @ConfigProperty(name = "quarkus.datasource.reactive.postgresql.ssl-mode") Optional<SslMode> sslMode) {
        this.vertx = vertx;
        this.database = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user)
                .setPassword(password.orElse(null))
                .setConnectTimeout((int) CONNECT_TIMEOUT.toMillis())
                .setTcpKeepAlive(true);
        sslMode.ifPresent(database::setSslMode);
    }

    /** A new session, named {@code applicationName} in pg_stat_activity. */
    public Uni<PgConnection> open(String applicationName) {
        Map<String, String> session = new HashMap<>(Map.of("tcp_keepalives_idle", "10", "tcp_keepalives_interval", "5",
                "tcp_keepalives_count", "3"));
        session.put("application_name", applicationName);
        return PgConnection.connect(vertx, new PgConnectOptions(database).setProperties(session));
    }
}
