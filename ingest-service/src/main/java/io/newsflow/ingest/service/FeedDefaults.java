package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;

/** What a registered feed gives its items: its source name (always), its language hint (when they declare none). */
final class FeedDefaults {

    private FeedDefaults() {
    }

    static NormalisedArticle apply(NormalisedArticle a, String sourceName, String languageHint) {
        String source = sourceName != null ? sourceName : a.source();
        String language = a.language() == null || a.language().isBlank() ? languageHint : a.language();
        if (source == null ? a.source() == null : source.equals(a.source())) {
            if (language == null ? a.language() == null : language.equals(a.language())) {
                return a;
            }
        }
        return new NormalisedArticle(a.id(), a.version(), a.firstCreated(), a.versionCreated(), a.pubStatus(),
                a.embargoed(), language, a.headline(), a.body(), a.byline(), source, a.channel(), a.format(),
                a.subjects(), a.places(), a.people(), a.urgency(), a.links(), a.correction(), a.contentHash(),
                a.clusterId(), a.receivedAt());
    }
}
