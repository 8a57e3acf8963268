package io.newsflow.ingest.service;

import io.newsflow.ingest.wire.WireDocument;
import io.newsflow.ingest.wire.WireFormatException;
import java.time.Instant;

/**
 * One document as it arrived: read into items, or refused as a whole, with its channel and arrival time.
 *
 * @param content    the bytes as received (what a dead-letter record carries)
 * @param document   the items and rejected items read from it; null when refused
 * @param refusal    why the document as a whole could not be read; null when read
 * @param deadLetter whether a refused document goes to the dead-letter topic (the topic's records do; a pushing
 *                   client gets a 4xx instead, a feed gets a last error)
 */
public record Received(byte[] content, String channel, Instant receivedAt, WireDocument document,
                       WireFormatException refusal, boolean deadLetter) {

    public static Received read(byte[] content, String channel, Instant receivedAt, WireDocument document) {
        return new Received(content, channel, receivedAt, document, null, true);
    }

    public static Received refused(byte[] content, String channel, Instant receivedAt, WireFormatException refusal,
                                   boolean deadLetter) {
        return new Received(content, channel, receivedAt, null, refusal, deadLetter);
    }
}
