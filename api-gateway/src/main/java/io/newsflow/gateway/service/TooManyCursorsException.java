package io.newsflow.gateway.service;

import java.time.Duration;

/** A caller already keeps as many cursors open as it may: 429 problem+json with Retry-After. */
public class TooManyCursorsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyCursorsException(int max, Duration keepAlive, long retryAfterSeconds) {
        super("this caller already keeps " + max + " cursors open, the most it may on one gateway instance; read one to "
                + "its last page (which closes it) or retry after " + retryAfterSeconds + " s (a cursor not paged for "
                + keepAlive.toSeconds() + " s expires)");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
