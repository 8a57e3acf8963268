package io.newsflow.ingest.service;

/**
 * What an operator sends to register or change a feed. On registration only {@code url} is required; on a change
 * the fields left out (null) keep their value.
 *
 * @param intervalSeconds how often to poll; the default when registering without one
 * @param source          the source name every item of the feed gets (else the channel title is used)
 * @param language        a BCP 47 tag given to items that declare no language
 */
public record FeedRequest(String url, Integer intervalSeconds, String source, String language, Boolean enabled) {
}
