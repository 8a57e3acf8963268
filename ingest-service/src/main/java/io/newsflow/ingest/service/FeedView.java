package io.newsflow.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.repository.Feed;
import java.time.Instant;

/**
 * A registered feed as the API shows it, with its health.
 *
 * @param status {@code disabled}; {@code pending} (enabled, never polled); {@code ok} (the last poll succeeded);
 *               {@code failing} (one or more polls in a row failed; see {@code lastError})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedView(long id, String url, int intervalSeconds, String source, String language, boolean enabled,
                       String status, Instant createdAt, Instant lastPolledAt, Instant lastSuccessAt,
                       Instant lastErrorAt, String lastError, Integer lastStatus, long itemsSeen,
                       int consecutiveFailures, Instant nextPollAt, String etag, String lastModified) {

    public static FeedView of(Feed f) {
        return new FeedView(f.id, f.url, f.pollIntervalSeconds, f.sourceName, f.languageHint, f.enabled, status(f),
                f.createdAt, f.lastPolledAt, f.lastSuccessAt, f.lastErrorAt, f.lastError, f.lastStatus, f.itemsSeen,
                f.consecutiveFailures, f.enabled ? f.nextPollAt : null, f.etag, f.lastModified);
    }

    static String status(Feed f) {
        if (!f.enabled) {
            return "disabled";
        }
        if (f.consecutiveFailures > 0) {
            return "failing";
        }
        return f.lastSuccessAt == null ? "pending" : "ok";
    }
}
