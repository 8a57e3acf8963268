package io.newsflow.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamSlotsTest {

    private final StreamSlots slots = new StreamSlots();

    @Test
    void aCallerAtItsMaxGetsNoSlotUntilItGivesOneBack() {
        assertThat(slots.take("key_lighthouse", 2)).isTrue();
        assertThat(slots.take("key_lighthouse", 2)).isTrue();
        assertThat(slots.take("key_lighthouse", 2)).isFalse();
        assertThat(slots.take("key_ferry", 2)).as("another caller").isTrue();

        slots.release("key_lighthouse");
        assertThat(slots.take("key_lighthouse", 2)).isTrue();
    }

    @Test
    void aCallerWithNoStreamLeftIsForgottenAndCannotGoBelowZero() {
        slots.take("key_ferry", 1);
        slots.release("key_ferry");
        slots.release("key_ferry");
        assertThat(slots.take("key_ferry", 1)).isTrue();
        assertThat(slots.take("key_ferry", 1)).as("one slot, not two, after giving back more than it took").isFalse();
    }
}
