package io.newsflow.gateway.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many streams each caller has open on this instance, so that one key cannot open streams without end: each
 * open stream asks Elasticsearch twice a second for as long as it lives, whatever the rate limiter let through to
 * open it.
 */
@ApplicationScoped
public class StreamSlots {

    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    /** Takes a slot for {@code caller}; false, taking none, when it already has {@code max} streams open. */
    public boolean take(String caller, int max) {
        boolean[] taken = {false};
        open.compute(caller, (c, n) -> {
            int now = n == null ? 0 : n;
            taken[0] = now < max;
            return taken[0] ? Integer.valueOf(now + 1) : n;
        });
        return taken[0];
    }

    /** Gives back a slot taken for {@code caller}; a caller with none left is forgotten. */
    public void release(String caller) {
        open.computeIfPresent(caller, (c, n) -> n <= 1 ? null : n - 1);
    }
}
