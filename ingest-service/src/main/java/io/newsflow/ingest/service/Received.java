package io.newsflow.ingest.service;

import io.newsflow.support.kafka.RecordOrigin;
import io.newsflow.ingest.wire.WireDocument;
import io.newsflow.ingest.wire.WireFormatException;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.List;

/**
 * One document as it arrived: read into items, or refused as a whole, with its channel and arrival time.
 *
 * @param content    the bytes as received (what a dead-letter record carries)
 * @param document   the items and rejected items read from it; null when refused
 * @param itemJson   one per item of {@code document}, in order: the item serialised once when it was read
 *                   ({@code ArticleJson.of}), which is what its size was checked on and what is published; null when
 *                   refused
 * @param feedId     the polled feed it came from, which owns the articles it first stores; null when it was pushed
 *                   or sent on the topic
 * @param refusal    why the document as a whole could not be read; null when read
 * @param deadLetter whether a refused document goes to the dead-letter topic (the topic's records do; a pushing
 *                   client gets a 4xx instead, a feed gets a last error)
 * @param trace      the trace the records sent for this document continue: a raw record's (its producer's
 *                   {@code traceparent}); null for the one current when they are sent (a push's request)
 * @param origin     the record it was read from, which its dead letters name; null when it came otherwise
 */
public record Received(byte[] content, String channel, Instant receivedAt, WireDocument document,
                       List<byte[]> itemJson, Long feedId, WireFormatException refusal, boolean deadLetter,
                       Context trace, RecordOrigin origin) {

    public static Received read(byte[] content, String channel, Instant receivedAt, WireDocument document,
                                List<byte[]> itemJson, Long feedId, Context trace, RecordOrigin origin) {
        return new Received(content, channel, receivedAt, document, itemJson, feedId, null, true, trace, origin);
    }

    public static Received refused(byte[] content, String channel, Instant receivedAt, WireFormatException refusal,
                                   boolean deadLetter, Context trace, RecordOrigin origin) {
        return new Received(content, channel, receivedAt, null, null, null, refusal, deadLetter, trace, origin);
    }
}
