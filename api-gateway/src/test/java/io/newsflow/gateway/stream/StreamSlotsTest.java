package io.newsflow.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.gateway.security.KeyRevoked;
import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    private final StreamSlots slots = new StreamSlots();

    @Test
    void aCallerAtItsMaxGetsNoSlotUntilItGivesOneBack() {
        StreamSlots.Slot first = slots.take("key_lighthouse", "hash-lighthouse", 2);
        assertThat(first).isNotNull();
        assertThat(slots.take("key_lighthouse", "hash-lighthouse", 2)).isNotNull();
        assertThat(slots.take("key_lighthouse", "hash-lighthouse", 2)).isNull();
        assertThat(slots.take("key_ferry", "hash-ferry", 2)).as("another caller").isNotNull();

        slots.release(first);
        assertThat(slots.take("key_lighthouse", "hash-lighthouse", 2)).isNotNull();
    }

    @Test
    void aSlotGivenBackTwiceFreesOneSlotNotTwo() {
        StreamSlots.Slot only = slots.take("key_ferry", "hash-ferry", 1);
        slots.release(only);
        slots.release(only);
        assertThat(slots.take("key_ferry", "hash-ferry", 1)).isNotNull();
        assertThat(slots.take("key_ferry", "hash-ferry", 1)).as("one slot, not two, after giving back more than it took").isNull();
    }

    @Test
    void aRevokeEndsEveryStreamOfThatKeyAndNoOther() {
        StreamSlots.Slot first = slots.take("key_lighthouse", "hash-lighthouse", 5);
        StreamSlots.Slot second = slots.take("key_lighthouse", "hash-lighthouse", 5);
        StreamSlots.Slot other = slots.take("key_ferry", "hash-ferry", 5);
        StreamSlots.Slot jwt = slots.take("harbour-master", null, 5);

        slots.revoked(new KeyRevoked("hash-lighthouse"));

        assertThat(first.ended().toCompletableFuture().getNow(null)).isTrue();
        assertThat(second.ended().toCompletableFuture().getNow(null)).isTrue();
        assertThat(other.ended().toCompletableFuture().isDone()).isFalse();
        assertThat(jwt.ended().toCompletableFuture().isDone()).isFalse();
    }

    @Test
    void aStreamThatEndedOfItselfIsNotEndedByALaterRevoke() {
        StreamSlots.Slot slot = slots.take("key_lighthouse", "hash-lighthouse", 5);
        slots.release(slot);
        slots.revoked(new KeyRevoked("hash-lighthouse"));
        assertThat(slot.ended().toCompletableFuture().getNow(null)).isFalse();
    }

    @Test
    void theKeysOfOpenStreamsAreListedOnceAndThoseOfEndedStreamsNot() {
        slots.take("key_lighthouse", "hash-lighthouse", 5);
        slots.take("key_lighthouse", "hash-lighthouse", 5);
        slots.release(slots.take("key_ferry", "hash-ferry", 5));
        slots.take("harbour-master", null, 5);

        assertThat(slots.keyHashes()).containsExactly("hash-lighthouse");
    }
}
