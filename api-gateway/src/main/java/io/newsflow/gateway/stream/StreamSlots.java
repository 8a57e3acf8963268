package io.newsflow.gateway.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many streams each caller has open on this instance, so that one key cannot open streams without end: each
 * open stream asks Elasticsearch twice a second for as long as it lives, whatever the rate limiter let through to
 * open it.
 */
@ApplicationScoped
public class StreamSlots {

    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    /** Takes a slot for {@code caller}; false, taking none, when it already has {@code max} streams open. */
    public boolean take(String caller, int max) {
        boolean[] taken = {false};
        open.compute(caller, (c, count) -> {
            AtomicInteger n = count == null ? new AtomicInteger() : count;
            if (n.get() < max) {
                n.incrementAndGet();
                taken[0] = true;
            }
            return n.get() == 0 ? null : n;
        });
        return taken[0];
    }

    /** Gives back a slot taken for {@code caller}. */
    public void release(String caller) {
        open.computeIfPresent(caller, (c, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    /** The streams {@code caller} has open. */
    public int open(String caller) {
        AtomicInteger n = open.get(caller);
        return n == null ? 0 : n.get();
    }
}
