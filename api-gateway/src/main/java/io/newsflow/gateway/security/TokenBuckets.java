package io.newsflow.gateway.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per caller, in memory: {@code rate} tokens a second up to {@code burst}; a request takes one.
 * Per instance: with N gateway replicas a key gets up to N times its rate, which is the usual trade for not
 * asking a shared store on every request.
 */
public final class TokenBuckets {

    private static final long NANOS = 1_000_000_000L;
    private static final int MAX_CALLERS = 100_000;

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public TokenBuckets(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Takes a token for {@code caller}. Returns 0 when the request may go ahead, else the whole seconds to wait
     * before one token is back (at least 1), for a Retry-After header.
     */
    public long take(String caller, int rate, int burst) {
        if (rate <= 0) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_CALLERS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(caller, c -> new Bucket(Math.max(burst, 1), now));
        synchronized (bucket) {
            double elapsed = (now - bucket.refilledAt) / (double) NANOS;
            bucket.tokens = Math.min(Math.max(burst, 1), bucket.tokens + elapsed * rate);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double wait = (1 - bucket.tokens) / rate;
            return Math.max(1, (long) Math.ceil(wait));
        }
    }

    /** Gives back a token {@link #take} took for {@code caller}: what it was taken for turned out not to count. */
    public void giveBack(String caller, int burst) {
        Bucket bucket = buckets.get(caller);
        if (bucket != null) {
            synchronized (bucket) {
                bucket.tokens = Math.min(Math.max(burst, 1), bucket.tokens + 1);
            }
        }
    }
}
