package io.newsflow.it.gateway;

import io.newsflow.launcher.KeysCommand;

/**
 * API keys for the integration tests, made the way {@code ./newsflow keys create} makes them (straight into the
 * gateway's table in the test stack's PostgreSQL). One admin and one reader key per test JVM.
 */
public final class GatewayKeys {

    public static final String HEADER = "X-API-Key";
    private static final String POSTGRES = System.getProperty("newsflow.postgres", "jdbc:postgresql://127.0.0.1:15432/newsflow");
    private static final String PASSWORD = System.getenv().getOrDefault("NEWSFLOW_DB_PASSWORD", "newsflow");

    private static String admin;
    private static String reader;

    private GatewayKeys() {
    }

    /** An admin key (may do everything), created on first use. */
    public static synchronized String adminKey() {
        if (admin == null) {
            admin = create("admin", "integration tests", 100_000).key();
        }
        return admin;
    }

    /** A reader key, created on first use. */
    public static synchronized String readerKey() {
        if (reader == null) {
            reader = create("reader", "integration tests", 100_000).key();
        }
        return reader;
    }

    /** A new key with this role and rate limit (requests per second; null for the gateway's default). */
    public static KeysCommand.Created create(String role, String name, Integer ratePerSecond) {
        return KeysCommand.create(POSTGRES, PASSWORD, role, name, ratePerSecond);
    }

    public static boolean revoke(String id) {
        return KeysCommand.revoke(POSTGRES, PASSWORD, id);
    }
}
