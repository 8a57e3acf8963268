package io.newsflow.gateway.security;

import io.newsflow.gateway.config.GatewayConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Creates, lists and revokes API keys, and resolves a presented key to its holder. Lookups are cached for
 * {@code newsflow.gateway.keys.cache-ttl} ({@link KeyCache}: misses too, so a wrong key presented again does not
 * reach PostgreSQL, and apart, so that wrong keys never push out the active ones); a revoke
 * through any replica or the launcher drops the cache entry on every replica that hears of it
 * ({@link KeyRevocationListener}) and ends the streams opened with the key ({@link KeyRevoked}); one that a replica
 * missed bites there within the TTL, and ends that key's streams when the replica listens again. Requests that
 * miss the cache together for the same key share one lookup, so an expired entry under load (or a cold start) costs
 * one query, not one per request waiting for a pooled connection.
 */
@ApplicationScoped
public class ApiKeyService {

    /** A key just made: the only moment the key itself is known. */
    public record CreatedKey(String id, String key, String role, String name, Instant createdAt) {
    }

    /** A key as listed: never the key, never its hash. */
    public record KeyListing(String id, String role, String name, String shown, Instant createdAt, Instant revokedAt,
                             Integer ratePerSecond) {
    }

    private final ApiKeyRepository repository;
    private final KeyCache cache;
    private final Event<KeyRevoked> revoked;
    private final ConcurrentHashMap<String, CompletableFuture<Optional<KeyHolder>>> inFlight = new ConcurrentHashMap<>();

    public ApiKeyService(ApiKeyRepository repository, GatewayConfig config, Event<KeyRevoked> revoked) {
        this.repository = repository;
        this.revoked = revoked;
        this.cache = new KeyCache(System::nanoTime, config.keys().cacheTtl(), config.keys().cacheGrace(),
                config.keys().cacheSize());
    }

    /** The holder of an active key, or empty for an unknown or revoked one. */
    public Uni<Optional<KeyHolder>> resolve(String key) {
        return resolveHash(hashOf(key));
    }

    /**
     * The SHA-256 of a presented key ({@link KeyHashing#hash}), or null for one that cannot be a key at all
     * ({@link KeyHashing#plausible}): what {@link #resolveHash} and {@link #answersWithoutLookup} take, so that a
     * request hashes its key once.
     */
    public static String hashOf(String key) {
        return KeyHashing.plausible(key) ? KeyHashing.hash(key) : null;
    }

    /** {@link #resolve} of the key with this {@link #hashOf hash}; null (not a key) is empty. */
    public Uni<Optional<KeyHolder>> resolveHash(String hash) {
        if (hash == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        Optional<KeyHolder> cached = cache.get(hash);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        CompletableFuture<Optional<KeyHolder>> lookup = new CompletableFuture<>();
        CompletableFuture<Optional<KeyHolder>> shared = inFlight.putIfAbsent(hash, lookup);
        if (shared == null) {
            shared = lookup;
            // Subscribed here, not by the request: a caller that goes away must not cancel the others' lookup.
            Panache.withSession(() -> repository.findByHash(hash))
                    .map(found -> Optional.ofNullable(found)
                            .filter(ApiKey::active)
                            .filter(k -> KeyHashing.sameHash(k.hash, hash))
                            .map(KeyHolder::of))
                    .invoke(holder -> cache.remember(hash, holder))
                    // PostgreSQL away (a failover): a key known active a little while ago still reads.
                    .onFailure().recoverWithUni(e -> cache.whileUnavailable(hash)
                            .map(holder -> Uni.createFrom().item(Optional.of(holder)))
                            .orElseGet(() -> Uni.createFrom().failure(e)))
                    .onTermination().invoke(() -> inFlight.remove(hash, lookup))
                    .subscribe().with(lookup::complete, lookup::completeExceptionally);
        }
        return onCallersContext(Uni.createFrom().completionStage(shared));
    }

    /**
     * Whether {@link #resolveHash} answers the key with this {@link #hashOf hash} without asking PostgreSQL (not a key
     * at all, or remembered).
     */
    public boolean answersWithoutLookup(String hash) {
        return hash == null || cache.get(hash) != null;
    }

    /** A shared lookup completes on the thread of the request that started it; go on on this request's own. */
    private static <T> Uni<T> onCallersContext(Uni<T> uni) {
        Context context = Vertx.currentContext();
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    @WithTransaction
    public Uni<CreatedKey> create(String role, String name, Integer ratePerSecond) {
        String key = KeyHashing.newKey();
        ApiKey row = new ApiKey();
        row.id = "key_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        row.hash = KeyHashing.hash(key);
        row.role = Roles.parse(role);
        row.name = name;
        row.shown = KeyHashing.shown(key);
        row.createdAt = Instant.now();
        row.ratePerSecond = ratePerSecond;
        return repository.persist(row)
                .map(saved -> new CreatedKey(saved.id, key, saved.role, saved.name, saved.createdAt));
    }

    @WithSession
    public Uni<List<KeyListing>> list() {
        return repository.listNewestFirst()
                .map(rows -> rows.stream()
                        .map(k -> new KeyListing(k.id, k.role, k.name, k.shown, k.createdAt, k.revokedAt, k.ratePerSecond))
                        .toList());
    }

    /**
     * Revokes a key; false when there is no such key. Revoking twice keeps the first time. Every replica is told when
     * the revoke commits, and this one forgets the key once it has: a lookup that read the row before the commit
     * cannot put the key back in the cache.
     */
    public Uni<Boolean> revoke(String id) {
        return Panache.withTransaction(() -> repository.findById(id)
                        .call(row -> row == null ? Uni.createFrom().voidItem() : markRevoked(row)))
                .invoke(row -> {
                    if (row != null) {
                        forget(row.hash);
                    }
                })
                .map(row -> row != null);
    }

    private Uni<Void> markRevoked(ApiKey row) {
        if (row.revokedAt == null) {
            row.revokedAt = Instant.now();
        }
        return repository.announceRevoked(row.hash);
    }

    /**
     * Refuses the key with this hash from now on: drops its cache entry, and for one cache TTL will not cache it as
     * active again (a lookup already under way may have read the row before the revoke committed); and ends what is
     * still open with it.
     */
    public void forget(String hash) {
        cache.forget(hash);
        revoked.fire(new KeyRevoked(hash));
    }

    /** Forgets every looked-up key: revokes may have been announced while this instance was not listening. */
    public void forgetAll() {
        cache.forgetAll();
    }
}
