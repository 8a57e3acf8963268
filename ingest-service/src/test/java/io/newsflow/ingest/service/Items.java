package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import java.util.List;

/** Normalised articles for tests, built with only the fields a rule looks at. */
final class Items {

    private Items() {
    }

    static NormalisedArticle item(String id, long version, String format, Instant versionCreated, PubStatus status,
                                  Instant embargoed, String headline, String body) {
        return new NormalisedArticle(id, version, versionCreated, versionCreated, status, embargoed, "en", headline, body,
                null, "test", null, format, List.of(), List.of(), List.of(), null, List.of(), false, null, null, null);
    }

    static NormalisedArticle usable(String id, long version, String format, Instant versionCreated) {
        return item(id, version, format, versionCreated, PubStatus.USABLE, null, "Headline of " + id, "Body of " + id);
    }

    static NormalisedArticle kill(String id, long version, String format) {
        return item(id, version, format, null, PubStatus.CANCELED, null, null, null);
    }
}
