package io.newsflow.gateway.alert;

import io.newsflow.gateway.stream.StreamPosition;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * How far the alert sender may record that it has got: up to the last article read before the first one with a
 * delivery still under way (being retried), so that a sender taking over after this one stopped posts that one again
 * rather than never. Used from the alert matcher's thread only.
 */
final class DeliveryProgress {

    /** An article read, and its deliveries (done when every one of them has ended). */
    private record Pending(StreamPosition position, CompletableFuture<Void> deliveries) {
    }

    /** The deliveries of an article that matched no saved search. */
    static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);

    private final ArrayDeque<Pending> unfinished = new ArrayDeque<>();
    private StreamPosition finished;

    /** Reading starts after {@code start}. */
    DeliveryProgress(StreamPosition start) {
        this.finished = start;
    }

    /** The article at {@code position} was read, in order, and these deliveries of it started. */
    void read(StreamPosition position, CompletableFuture<Void> deliveries) {
        unfinished.add(new Pending(position, deliveries));
    }

    /** Where a sender would go on from now: the last article read, or the last one before a delivery under way. */
    StreamPosition recordable() {
        while (!unfinished.isEmpty() && unfinished.peek().deliveries().isDone()) {
            finished = unfinished.poll().position();
        }
        return finished;
    }
}
