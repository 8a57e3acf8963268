package io.newsflow.index.messaging;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.index.service.DocumentIds;
import io.newsflow.search.EventIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll of enriched-article records as index-service writes it. A record that is no article it can index
 * (unreadable, {@code null}, {@code {}}, no id, an id Elasticsearch would refuse) is set apart alone with its reason,
 * so that it never costs the rest of the poll. Of several records of one article only the newest is written (the
 * highest version; on equal versions the later record, as a kill follows its article at the same version), and the
 * others are superseded: a kill or an update then never races its own article of the same poll, neither in the
 * look-up of the events to remove nor in the order in which requests sent at once land.
 */
record Poll(List<Read> newest, List<Read> superseded, List<Unreadable> unreadable) {

    /** Record {@code record} of the poll, read as {@code article}. */
    record Read(int record, EnrichedArticle article) {
    }

    /** Record {@code record} of the poll, which cannot be indexed, and why. */
    record Unreadable(int record, String payload, String reason) {
    }

    static Poll of(List<byte[]> payloads) {
        Map<String, Read> newest = new LinkedHashMap<>();
        List<Read> superseded = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            byte[] payload = payloads.get(i);
            try {
                Read read = new Read(i, indexable(EventCodec.read(payload, EnrichedArticle.class)));
                Read earlier = newest.get(read.article().article().id());
                if (earlier == null || read.article().article().version() >= earlier.article().article().version()) {
                    newest.put(read.article().article().id(), read);
                    if (earlier != null) {
                        superseded.add(earlier);
                    }
                } else {
                    superseded.add(read);
                }
            } catch (InvalidPayloadException e) {
                unreadable.add(new Unreadable(i, payload == null ? "" : new String(payload, StandardCharsets.UTF_8),
                        e.getMessage()));
            }
        }
        List<Read> kept = newest.values().stream().sorted(Comparator.comparingInt(Read::record)).toList();
        return new Poll(kept, superseded, unreadable);
    }

    /** The article, if index-service can write it and its events; the reason it cannot otherwise. */
    private static EnrichedArticle indexable(EnrichedArticle enriched) {
        if (enriched == null || enriched.article() == null) {
            throw new InvalidPayloadException("not an EnrichedArticle: no article");
        }
        String id = enriched.article().id();
        // The longest id written for the article is that of its last event.
        if (!DocumentIds.fits(id) || !DocumentIds.fits(EventIndex.eventId(id, Math.max(0, enriched.events().size() - 1)))) {
            throw new InvalidPayloadException("article without an id, or with one that with its events' suffix is over "
                    + DocumentIds.MAX_BYTES + " UTF-8 bytes");
        }
        if (enriched.article().version() < 0) {
            throw new InvalidPayloadException("article " + id + " with a negative version");
        }
        return enriched;
    }
}
