package io.newsflow.gateway.stream;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The second look of a reader of new articles (the live stream, the alert matcher). The first read follows
 * {@code indexed_at} up to now minus the settle time; an article that became searchable later than that (a slow
 * bulk on a loaded machine) is then behind the reader's position and would never be read. A trailing read
 * {@code late-window} behind now goes over the same articles once more; this tells it which of them the first read
 * never sent. It remembers only what was sent ahead of the trailing read.
 */
public final class LateArrivals {

    private final Map<String, Long> sent = new HashMap<>();
    private StreamPosition trailing;

    public LateArrivals(StreamPosition start) {
        this.trailing = start;
    }

    /** Where the trailing read goes on from. */
    public StreamPosition trailing() {
        return trailing;
    }

    /**
     * How far the next trailing read may go: {@code lateLimit} (now minus the late window). While the first read is
     * still behind, never to the millisecond it has reached, whose articles it may not all have read yet (its page
     * ended there); once it has caught up ({@code firstCaughtUp}: it read everything searchable up to now minus the
     * settle time), that millisecond too, so the trailing read reaches the newest article one late window after it.
     * What the trailing read has passed so far is forgotten here, once per read rather than per article.
     */
    public Instant until(Instant lateLimit, StreamPosition first, boolean firstCaughtUp) {
        sent.values().removeIf(millis -> millis < trailing.indexedAtMillis());
        if (firstCaughtUp) {
            return lateLimit;
        }
        Instant reached = Instant.ofEpochMilli(first.indexedAtMillis() - 1);
        return lateLimit.isBefore(reached) ? lateLimit : reached;
    }

    /** The first read sent the article at {@code position}. */
    public void sent(StreamPosition position) {
        if (position.indexedAtMillis() > trailing.indexedAtMillis()) {
            sent.put(position.eventId(), position.indexedAtMillis());
        }
    }

    /**
     * The trailing read reached the article at {@code position} (in order): true when the first read never sent
     * it.
     */
    public boolean late(StreamPosition position) {
        trailing = position;
        return sent.remove(position.eventId()) == null;
    }

    /** How many sent articles are remembered (for tests). */
    int remembered() {
        return sent.size();
    }
}
