package io.newsflow.launcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code ./newsflow keys create --role ROLE [--name N] [--rate R] | list | revoke ID}: manages the gateway's API
 * keys straight in PostgreSQL, in the table the gateway creates ({@code gateway_api_key}). Whoever can reach the
 * database of the local stack is its operator, so no key is needed to make the first one; {@code up} uses this to
 * create and print a first admin key. Keys are made and hashed exactly as the gateway's KeyHashing does:
 * {@code nf_} + 32 random bytes in base64url, stored as hex SHA-256 only.
 */
public final class KeysCommand {

    static final String TABLE = "gateway_api_key";
    static final List<String> ROLES = List.of("reader", "ingester", "curator", "admin");
    /** The channel on which the gateways hear of revoked keys (the gateway's KeyRevocationListener.CHANNEL). */
    static final String KEY_REVOKED = "newsflow_key_revoked";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key just created: the key itself is only known now. */
    public record Created(String id, String key, String role) {
    }

    private KeysCommand() {
    }

    static int run(List<String> options, StackSettings settings) {
        if (options.isEmpty()) {
            throw new Newsflow.UsageException("keys needs a subcommand: create --role ROLE, list, revoke ID");
        }
        String sub = options.remove(0);
        String url = settings.postgresJdbcUrl(StackSettings.DATABASE);
        String password = settings.databasePassword();
        switch (sub) {
            case "create" -> {
                String role = Newsflow.option(options, "--role", null);
                String name = Newsflow.option(options, "--name", null);
                String rate = Newsflow.option(options, "--rate", null);
                Newsflow.requireNoMore(options);
                if (role == null || !ROLES.contains(role.toLowerCase(Locale.ROOT))) {
                    throw new Newsflow.UsageException("keys create needs --role, one of " + String.join(", ", ROLES));
                }
                Integer perSecond = rate == null ? null : parseRate(rate);
                // The key alone on standard output, so that scripts can capture it.
                System.out.println(create(url, password, role.toLowerCase(Locale.ROOT), name, perSecond).key());
                return 0;
            }
            case "list" -> {
                Newsflow.requireNoMore(options);
                list(url, password).forEach(System.out::println);
                return 0;
            }
            case "revoke" -> {
                if (options.size() != 1) {
                    throw new Newsflow.UsageException("keys revoke takes one key id (see ./newsflow keys list)");
                }
                if (!revoke(url, password, options.get(0))) {
                    throw new LaunchException("no active key with id '" + options.get(0) + "'");
                }
                Stack.log("revoked " + options.get(0) + " (the gateway forgets cached keys within 30 s)");
                return 0;
            }
            default -> throw new Newsflow.UsageException("unknown keys subcommand '" + sub + "'");
        }
    }

    /** Creates a key with JDBC and returns it; the gateway must have created its table (it does on start). */
    public static Created create(String jdbcUrl, String password, String role, String name, Integer ratePerSecond) {
        String key = "nf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        String id = "key_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection db = connect(jdbcUrl, password);
             PreparedStatement insert = db.prepareStatement("insert into " + TABLE
                     + " (id, hash, role, name, shown, created_at, revoked_at, rate_per_second) values (?, ?, ?, ?, ?, ?, null, ?)")) {
            insert.setString(1, id);
            insert.setString(2, sha256(key));
            insert.setString(3, role);
            insert.setString(4, name);
            insert.setString(5, key.substring(0, 10));
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            if (ratePerSecond == null) {
                insert.setNull(7, java.sql.Types.INTEGER);
            } else {
                insert.setInt(7, ratePerSecond);
            }
            insert.executeUpdate();
            return new Created(id, key, role);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** True when an active admin key exists. */
    public static boolean adminKeyExists(String jdbcUrl, String password) {
        try (Connection db = connect(jdbcUrl, password);
             PreparedStatement query = db.prepareStatement("select count(*) from " + TABLE + " where role = 'admin' and revoked_at is null");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * For {@code up}: a new admin key when no active one exists (printed once), else empty. The gateway is ready by
     * then, so its table exists.
     */
    static java.util.Optional<Created> firstAdminKey(StackSettings settings) {
        String url = settings.postgresJdbcUrl(StackSettings.DATABASE);
        if (adminKeyExists(url, settings.databasePassword())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(create(url, settings.databasePassword(), "admin", "first admin key (newsflow up)", null));
    }

    static List<String> list(String jdbcUrl, String password) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-22s %-9s %-12s %-22s %-10s %s", "ID", "ROLE", "KEY", "CREATED", "STATE", "NAME"));
        try (Connection db = connect(jdbcUrl, password);
             PreparedStatement query = db.prepareStatement("select id, role, shown, created_at, revoked_at, name from " + TABLE + " order by created_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                lines.add(String.format("%-22s %-9s %-12s %-22s %-10s %s", rows.getString(1), rows.getString(2),
                        rows.getString(3) + "…", rows.getTimestamp(4).toInstant().toString().substring(0, 19) + "Z",
                        rows.getTimestamp(5) == null ? "active" : "revoked", rows.getString(6) == null ? "" : rows.getString(6)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return lines;
    }

    public static boolean revoke(String jdbcUrl, String password, String id) {
        // The same statement tells the gateways, as their own revoke does: every one forgets the key when the revoke
        // commits (not after its cache's TTL), and the alert sender re-reads the saved searches, leaving the key's out.
        try (Connection db = connect(jdbcUrl, password);
             PreparedStatement update = db.prepareStatement("with revoked as (update " + TABLE
                     + " set revoked_at = ? where id = ? and revoked_at is null returning hash)"
                     + " select pg_notify('" + KEY_REVOKED + "', hash)"
                     + " from revoked")) {
            update.setTimestamp(1, Timestamp.from(Instant.now()));
            update.setString(2, id);
            try (ResultSet revoked = update.executeQuery()) {
                return revoked.next();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static int parseRate(String rate) {
        try {
            int r = Integer.parseInt(rate);
            if (r < 1 || r > 100_000) {
                throw new NumberFormatException();
            }
            return r;
        } catch (NumberFormatException e) {
            throw new Newsflow.UsageException("--rate takes requests per second, 1 to 100000");
        }
    }

    private static Connection connect(String jdbcUrl, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, StackSettings.DATABASE_USER, password);
    }

    private static LaunchException failure(SQLException e) {
        if ("42P01".equals(e.getSQLState())) {
            return new LaunchException("the gateway has not created its key table yet; start the stack with ./newsflow up", e);
        }
        if ("08001".equals(e.getSQLState()) || "08006".equals(e.getSQLState())) {
            return new LaunchException("PostgreSQL does not answer; is the stack up? (./newsflow status)", e);
        }
        return new LaunchException("key store failed: " + e.getMessage(), e);
    }
}
