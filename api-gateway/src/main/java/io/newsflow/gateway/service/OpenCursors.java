package io.newsflow.gateway.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The cursors (Elasticsearch points in time) each caller keeps open on this instance, each until its keep-alive runs
 * out without a page or its last page is read. Every open point in time holds the segments of every shard it covers,
 * so one caller may keep only so many. Per instance, like the stream slots: a cursor paged on another replica is
 * counted where it was opened, until its keep-alive runs out there.
 */
final class OpenCursors {

    private static final long NANOS = 1_000_000_000L;

    /** Per caller: cursor id (or the ticket of one being opened) to when it expires, in nano time. */
    private final ConcurrentHashMap<String, Map<String, Long>> open = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final long keepAliveNanos;

    OpenCursors(LongSupplier nanoClock, Duration keepAlive) {
        this.nanoClock = nanoClock;
        this.keepAliveNanos = keepAlive.toNanos();
    }

    /**
     * Counts a cursor about to be opened under {@code ticket}: 0 when the caller had fewer than {@code max} open,
     * else (counting none) the whole seconds until its oldest one expires, at least 1, for a Retry-After header.
     */
    long take(String caller, String ticket, int max) {
        long now = nanoClock.getAsLong();
        long[] wait = {0};
        open.compute(caller, (c, cursors) -> {
            Map<String, Long> mine = cursors == null ? new ConcurrentHashMap<>() : cursors;
            mine.values().removeIf(expires -> expires - now <= 0);
            if (mine.size() < max) {
                mine.put(ticket, now + keepAliveNanos);
            } else {
                long first = mine.values().stream().mapToLong(expires -> expires - now).min().orElse(0);
                wait[0] = Math.max(1, (first + NANOS - 1) / NANOS);
            }
            return mine.isEmpty() ? null : mine;
        });
        return wait[0];
    }

    /**
     * The cursor counted as {@code id} was used (or opened, when {@code id} is its ticket) and goes on as
     * {@code next}, alive for another keep-alive. A cursor not counted here (opened on another replica) stays so.
     */
    void renew(String caller, String id, String next) {
        long expires = nanoClock.getAsLong() + keepAliveNanos;
        open.computeIfPresent(caller, (c, cursors) -> {
            if (cursors.remove(id) != null) {
                cursors.put(next, expires);
            }
            return cursors.isEmpty() ? null : cursors;
        });
    }

    /** The cursor counted as {@code id} is closed (its last page was read, or it never opened). */
    void release(String caller, String id) {
        open.computeIfPresent(caller, (c, cursors) -> {
            cursors.remove(id);
            return cursors.isEmpty() ? null : cursors;
        });
    }
}
