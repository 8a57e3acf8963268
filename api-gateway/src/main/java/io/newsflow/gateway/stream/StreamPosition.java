package io.newsflow.gateway.stream;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.gateway.rest.InvalidParameterException;
import java.time.Instant;
import org.apache.lucene.util.BytesRef;

/**
 * Where a stream is: the {@code indexed_at} (epoch millis) and id of the last article sent. It is the SSE event id,
 * {@code <millis>~<article id>}, so a client that reconnects with Last-Event-ID resumes right after it.
 */
public record StreamPosition(long indexedAtMillis, String articleId) {

    static final char SEPARATOR = '~';

    public static StreamPosition at(Instant instant) {
        return new StreamPosition(instant.toEpochMilli(), "");
    }

    /** The position of a hit of a read sorted by indexed_at, then id. */
    public static StreamPosition of(Hit<?> hit) {
        return new StreamPosition(hit.sort().get(0).longValue(), hit.sort().get(1).stringValue());
    }

    /**
     * Of two positions, the one a reader sorting by {@code indexed_at}, then article id, reaches first. Ids compare
     * as Elasticsearch sorts a keyword, by their UTF-8 bytes (not as Java compares strings).
     */
    public static StreamPosition earlier(StreamPosition a, StreamPosition b) {
        if (a.indexedAtMillis != b.indexedAtMillis) {
            return a.indexedAtMillis < b.indexedAtMillis ? a : b;
        }
        return new BytesRef(a.articleId).compareTo(new BytesRef(b.articleId)) <= 0 ? a : b;
    }

    public String eventId() {
        return indexedAtMillis + String.valueOf(SEPARATOR) + articleId;
    }

    public static StreamPosition parse(String lastEventId) {
        int cut = lastEventId.indexOf(SEPARATOR);
        if (cut <= 0 || lastEventId.length() > 400) {
            throw invalid();
        }
        try {
            long millis = Long.parseLong(lastEventId.substring(0, cut));
            if (millis < 0) {
                throw invalid();
            }
            return new StreamPosition(millis, lastEventId.substring(cut + 1));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("Last-Event-ID", "Last-Event-ID is not an event id this stream sent (<millis>~<article id>)");
    }
}
