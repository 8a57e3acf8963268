package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;
import java.util.Map;

/**
 * What the gateway reads of an Elasticsearch search answer (see {@link SearchResultReader}): the total, the hits
 * with their sources as plain maps, and the buckets of each top-level bucket aggregation by name.
 * {@code total} is null when the request did not ask for it.
 */
record SearchResult(Long total, String pitId, List<Hit> hits, Map<String, List<Bucket>> aggregations) {

    /** One hit; {@code score} is null when the hits are not sorted by score. */
    record Hit(String id, Double score, Map<String, Object> source, Map<String, List<String>> highlight,
               List<FieldValue> sort) {
    }

    /**
     * One bucket of a terms or date-histogram aggregation: its key as text (a number's digits for numeric keys),
     * the number for numeric keys (the epoch milliseconds of a date bucket), and the date histogram's
     * {@code key_as_string}.
     */
    record Bucket(String key, Long keyNumber, String keyAsString, long docCount) {
    }

    /** The buckets of the named aggregation; none when the answer has no such aggregation. */
    List<Bucket> buckets(String name) {
        return aggregations.getOrDefault(name, List.of());
    }
}
