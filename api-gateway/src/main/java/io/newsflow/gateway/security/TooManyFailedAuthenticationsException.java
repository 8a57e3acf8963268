package io.newsflow.gateway.security;

/** A client address presented too many wrong keys of late: 429 problem+json with Retry-After, no lookup made. */
public class TooManyFailedAuthenticationsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyFailedAuthenticationsException(long retryAfterSeconds) {
        super("too many failed authentications from this address");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
