package io.newsflow.gateway.rest;

/** A caller already has as many streams open as it may: 429 problem+json. */
public class TooManyStreamsException extends RuntimeException {

    public TooManyStreamsException(int max) {
        super("this caller already has " + max + " streams open, the most it may keep on one gateway instance; close one first");
    }
}
