package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One wire item in the normalised form every format maps to (close to ninjs 2.x).
 * Published by ingest-service on {@link Topics#ARTICLES_NORMALISED}, keyed by {@code id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NormalisedArticle(
        String id,
        long version,
        Instant firstCreated,
        Instant versionCreated,
        PubStatus pubStatus,
        Instant embargoed,
        String language,
        String headline,
        String body,
        String byline,
        String source,
        String channel,
        String format,
        List<String> subjects,
        List<String> places,
        List<String> people,
        Integer urgency,
        List<String> links,
        boolean correction,
        String contentHash,
        String clusterId,
        Instant receivedAt) {

    public NormalisedArticle {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        places = places == null ? List.of() : List.copyOf(places);
        people = people == null ? List.of() : List.copyOf(people);
        links = links == null ? List.of() : List.copyOf(links);
        pubStatus = pubStatus == null ? PubStatus.USABLE : pubStatus;
    }

    /** This article with what ingest-service adds once it has seen it: channel, content hash, cluster, arrival time. */
    public NormalisedArticle withIngestFacts(String channel, String contentHash, String clusterId, Instant receivedAt) {
        return new NormalisedArticle(id, version, firstCreated, versionCreated, pubStatus, embargoed, language, headline,
                body, byline, source, channel, format, subjects, places, people, urgency, links, correction, contentHash,
                clusterId, receivedAt);
    }

    /** The text extraction offsets refer to: headline, a newline, then body (as in the eval guidelines). */
    public String extractionText() {
        return (headline == null ? "" : headline) + "\n" + (body == null ? "" : body);
    }
}
