package io.newsflow.gateway.rest;

/** A request body past the gateway's limit: 413 problem+json, and the connection is closed rather than read on. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(long maxBytes) {
        super("the body may hold at most " + maxBytes + " bytes");
    }
}
