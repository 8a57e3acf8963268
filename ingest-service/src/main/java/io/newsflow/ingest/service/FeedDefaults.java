package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a registered feed gives its items: an id of their own (a bare guid gets the feed's id in front), its source
 * name (always), its language hint (when they declare none).
 */
final class FeedDefaults {

    /** An absolute URI's scheme ("urn:", "https:", "tag:"): such an id names the item the world over. */
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");

    private FeedDefaults() {
    }

    /**
     * The item as its feed gives it.
     *
     * <p>Many feeds number their items ({@code <guid isPermaLink="false">48213</guid>}), so two feeds' bare guids
     * meet: the second feed's item would be dropped as stale or replace the first's article. A bare guid is therefore
     * kept apart as {@code feed:<feed id>:<guid>}; an id that is an absolute URI is kept as it is.
     */
    static NormalisedArticle apply(NormalisedArticle a, long feedId, String sourceName, String languageHint) {
        String id = ABSOLUTE_URI.matcher(a.id()).matches() ? a.id() : "feed:" + feedId + ":" + a.id();
        String source = sourceName != null ? sourceName : a.source();
        String language = a.language() == null || a.language().isBlank() ? languageHint : a.language();
        if (id.equals(a.id()) && Objects.equals(source, a.source()) && Objects.equals(language, a.language())) {
            return a;
        }
        return new NormalisedArticle(id, a.version(), a.firstCreated(), a.versionCreated(), a.pubStatus(),
                a.embargoed(), language, a.headline(), a.body(), a.byline(), source, a.channel(), a.format(),
                a.subjects(), a.places(), a.people(), a.urgency(), a.links(), a.correction(), a.contentHash(),
                a.clusterId(), a.receivedAt());
    }
}
