package io.newsflow.gateway.service;

import io.newsflow.gateway.query.QueryNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A validated article search: parsed query, filters, sort, page or cursor, and what to add (highlights, facets).
 * {@code cursor} is null for offset paging, {@link #START} to open a point in time, else a token from a response.
 */
public record ArticleSearch(String text, QueryNode query, List<String> languages, List<String> sources,
                            List<String> entityIds, List<String> entityTypes, List<String> eventTypes,
                            List<String> places, List<String> clusterIds, Instant from, Instant to,
                            boolean includeKilled, Sort sort, boolean highlight, boolean facets, String interval,
                            boolean collapse, int limit, int offset, String cursor) {

    public static final String START = "start";

    /** Result order. */
    public enum Sort { RELEVANCE, TIME }

    /**
     * What must stay the same from one cursor page to the next. Only values whose hash is the same in every JVM (the
     * sort by its name: an enum's hash is its identity), so a cursor holds on another replica or after a restart.
     */
    public String fingerprint() {
        return Integer.toHexString(Objects.hash(text, languages, sources, entityIds, entityTypes, eventTypes, places,
                clusterIds, from, to, includeKilled, sort.name()));
    }
}
