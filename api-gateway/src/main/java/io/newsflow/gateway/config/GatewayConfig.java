package io.newsflow.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The gateway's own settings ({@code newsflow.gateway.*}); Quarkus and engine settings stay under their own prefixes. */
@ConfigMapping(prefix = "newsflow.gateway")
public interface GatewayConfig {

    /** Base URL of ingest-service (push, ledger, feeds). */
    @WithDefault("http://127.0.0.1:8081")
    String ingestUrl();

    /** Base URL of extract-service (extraction, entity curation). */
    @WithDefault("http://127.0.0.1:8082")
    String extractUrl();

    Keys keys();

    RateLimit rateLimit();

    Limits limits();

    Stream stream();

    Cursors cursors();

    Webhooks webhooks();

    Alerts alerts();

    /** Matching new articles against saved searches. */
    interface Alerts {
        /**
         * Whether this instance may match and send webhooks. Of several enabled replicas, one at a time does: the
         * one holding the alert lock in PostgreSQL.
         */
        @WithDefault("true")
        boolean enabled();

        /** How often saved searches are re-read from PostgreSQL. */
        @WithDefault("30s")
        Duration reloadInterval();

        /**
         * How far back a gateway that starts sending (at start-up, or taking over from a sender that stopped) reads on
         * from where the last sender stopped. Articles indexed longer ago than this while no one sent are not matched:
         * a sender back after a long outage does not flood the webhooks with old news.
         */
        @WithDefault("1h")
        Duration catchUp();

        /**
         * How many saved searches one owner (a key, a JWT subject) may keep: each is matched against every new article
         * and may post each match, so a key saving thousands would flood receivers and hold everyone's alerts back.
         */
        @WithDefault("100")
        int maxSearchesPerOwner();
    }

    /** API keys. */
    interface Keys {
        /** How long a looked-up key is trusted before PostgreSQL is asked again (bounds how late a revoke bites on a replica that missed its notification). */
        @WithDefault("30s")
        Duration cacheTtl();

        /**
         * How long past its TTL a key known active still works while PostgreSQL cannot be asked (a failover), so that
         * searches, which need only Elasticsearch, go on. A revoke made through another replica while only this one
         * cannot reach PostgreSQL bites here up to this much later.
         */
        @WithDefault("5m")
        Duration cacheGrace();

        /** How many key lookups are kept in memory. */
        @WithDefault("10000")
        int cacheSize();
    }

    /** Per-key token buckets. */
    interface RateLimit {
        /** Sustained requests per second of a key without its own limit. */
        @WithDefault("50")
        int requestsPerSecond();

        /** Burst a key may spend at once. */
        @WithDefault("100")
        int burst();

        /**
         * Sustained failed authentications (unknown or revoked keys) per second from one client address; past these
         * and the burst, a key that would need a PostgreSQL lookup is refused with a 429. Behind a proxy, set
         * {@code quarkus.http.proxy.*} so that the address is the client's.
         */
        @WithDefault("2")
        int failedAuthenticationsPerSecond();

        /** Failed authentications one address may spend at once. */
        @WithDefault("20")
        int failedAuthenticationsBurst();
    }

    /** Request size limits (Vert.x enforces quarkus.http.limits.* as a backstop without problem+json). */
    interface Limits {
        /** Largest request body accepted on a write route. */
        @WithDefault("8388608")
        long maxBodyBytes();
    }

    /** GET /v1/stream. */
    interface Stream {
        /** How often each open stream asks Elasticsearch for newly indexed articles. */
        @WithDefault("1s")
        Duration pollInterval();

        /**
         * How far behind "now" a stream reads: an article stamped indexed_at=T becomes visible at the next refresh,
         * so reading only up to now minus this settle time never skips one that was stamped earlier but shown later.
         */
        @WithDefault("3s")
        Duration settle();

        /**
         * How far behind "now" the second, trailing read goes over the articles once more, to send those that took
         * longer than the settle time to become searchable (a slow bulk request on a loaded cluster).
         */
        @WithDefault("60s")
        Duration lateWindow();

        /** How many streams one caller (a key, a JWT subject) may keep open on one instance; past that a 429. */
        @WithDefault("5")
        int maxPerCaller();
    }

    /** Deep paging of GET /v1/articles: cursor=start opens an Elasticsearch point in time, nextCursor pages on. */
    interface Cursors {
        /** How long a cursor lives between two pages; its last page closes it at once. */
        @WithDefault("1m")
        Duration keepAlive();

        /**
         * How many cursors one caller (a key, a JWT subject) may keep open on one instance: each holds the segments
         * of every shard it covers until it is closed or expires. Past that, cursor=start is a 429 with Retry-After.
         */
        @WithDefault("10")
        int maxOpenPerCaller();
    }

    /** Alert deliveries of saved searches. */
    interface Webhooks {
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("2s")
        Duration timeout();

        /**
         * When set, saved searches may only register webhooks whose URL starts with one of these (comma-separated),
         * private addresses included; when not, any URL but those of this machine or a private network
         * ({@link io.newsflow.gateway.alert.WebhookAddresses}).
         */
        Optional<String> allowedPrefixes();
    }
}
