package io.newsflow.gateway.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Key lookups remembered for a TTL, by key hash: active keys, and apart from them the misses (unknown or revoked
 * keys), so that a flood of wrong keys fills only its own map and never drops the active ones. A key forgotten
 * because it was revoked is not remembered as active again for one TTL: a lookup that read its row before the revoke
 * committed cannot bring it back. While PostgreSQL cannot be asked (a failover), an active key stays good for a grace
 * past its TTL ({@link #whileUnavailable}), since searches need only Elasticsearch: no revoke commits while PostgreSQL
 * is down; one made through another replica while only this one cannot reach PostgreSQL bites here up to the grace
 * late.
 */
final class KeyCache {

    private record Entry(Optional<KeyHolder> holder, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> active = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry> misses = new ConcurrentHashMap<>();
    /** Hashes of keys revoked within the last TTL, with when that ends. */
    private final ConcurrentHashMap<String, Long> revoked = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final long ttlNanos;
    private final long graceNanos;
    private final int maxEntries;

    KeyCache(LongSupplier nanoClock, Duration ttl, Duration grace, int maxEntries) {
        this.nanoClock = nanoClock;
        this.ttlNanos = ttl.toNanos();
        this.graceNanos = grace.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The remembered lookup of this hash (a holder, or empty for a miss), or null when there is none in date. */
    Optional<KeyHolder> get(String hash) {
        long now = nanoClock.getAsLong();
        Entry entry = active.get(hash);
        if (entry == null) {
            entry = misses.get(hash);
        }
        return entry != null && entry.expiresAtNanos() - now > 0 ? entry.holder() : null;
    }

    /**
     * The holder of this active key when PostgreSQL could not be asked about it: remembered, not forgotten since
     * (revoked, or every key after a lost notification session), and out of date by less than the grace. Empty
     * otherwise, and for every key not known active.
     */
    Optional<KeyHolder> whileUnavailable(String hash) {
        Entry entry = active.get(hash);
        return entry != null && entry.expiresAtNanos() + graceNanos - nanoClock.getAsLong() > 0
                ? entry.holder()
                : Optional.empty();
    }

    void remember(String hash, Optional<KeyHolder> holder) {
        long now = nanoClock.getAsLong();
        Long revokedUntil = revoked.get(hash);
        boolean wasRevoked = revokedUntil != null && revokedUntil - now > 0;
        ConcurrentHashMap<String, Entry> into = holder.isPresent() && !wasRevoked ? active : misses;
        if (into.size() >= maxEntries) {
            into.clear();
        }
        into.put(hash, new Entry(into == active ? holder : Optional.empty(), now + ttlNanos));
    }

    /** This key was revoked: drop it, and do not remember it as active for one TTL. */
    void forget(String hash) {
        long now = nanoClock.getAsLong();
        revoked.values().removeIf(until -> until - now <= 0);
        revoked.put(hash, now + ttlNanos);
        active.remove(hash);
    }

    /** Drops every active key (revokes may have been missed); the misses stay misses. */
    void forgetAll() {
        active.clear();
    }
}
