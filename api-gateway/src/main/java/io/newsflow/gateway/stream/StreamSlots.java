package io.newsflow.gateway.stream;

import io.newsflow.gateway.security.KeyRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The streams open on this instance, by caller: one key may not open streams without end (each open stream asks
 * Elasticsearch twice a second for as long as it lives, whatever the rate limiter let through to open it), and the
 * streams opened with a key end when it is revoked, on whichever replica the revoke was made.
 */
@ApplicationScoped
public class StreamSlots {

    /** One open stream's slot. */
    public static final class Slot {

        private final String caller;
        private final String keyHash;
        private final CompletableFuture<Boolean> end = new CompletableFuture<>();

        private Slot(String caller, String keyHash) {
            this.caller = caller;
            this.keyHash = keyHash;
        }

        /** Completes with true when the key the stream was opened with is revoked, false when the stream ended. */
        public CompletionStage<Boolean> ended() {
            return end;
        }
    }

    private final ConcurrentHashMap<String, Set<Slot>> open = new ConcurrentHashMap<>();

    /**
     * A slot for a stream of {@code caller}, opened with the key of this hash (null for a JWT); null, taking none,
     * when the caller already has {@code max} streams open.
     */
    public Slot take(String caller, String keyHash, int max) {
        Slot slot = new Slot(caller, keyHash);
        Slot[] taken = {null};
        open.compute(caller, (c, slots) -> {
            Set<Slot> mine = slots == null ? ConcurrentHashMap.newKeySet() : slots;
            if (mine.size() < max) {
                mine.add(slot);
                taken[0] = slot;
            }
            return mine.isEmpty() ? null : mine;
        });
        return taken[0];
    }

    /** Gives back a slot when its stream has ended; a caller with none left is forgotten. */
    public void release(Slot slot) {
        slot.end.complete(false);
        open.computeIfPresent(slot.caller, (c, slots) -> {
            slots.remove(slot);
            return slots.isEmpty() ? null : slots;
        });
    }

    /** The hashes of the keys the open streams were opened with. */
    public Set<String> keyHashes() {
        return open.values().stream()
                .flatMap(Set::stream)
                .map(slot -> slot.keyHash)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Ends every stream opened with the revoked key. */
    void revoked(@Observes KeyRevoked event) {
        open.values().forEach(slots -> slots.stream()
                .filter(slot -> Objects.equals(slot.keyHash, event.keyHash()))
                .forEach(slot -> slot.end.complete(true)));
    }
}
