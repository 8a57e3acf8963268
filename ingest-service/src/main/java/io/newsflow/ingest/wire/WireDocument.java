package io.newsflow.ingest.wire;

import io.newsflow.contracts.NormalisedArticle;
import java.util.List;

/**
 * What one received document held: the items that could be normalised and, separately, the items
 * that could not (each with its reason), so that one bad item never costs the others.
 */
public record WireDocument(WireFormat format, List<NormalisedArticle> items, List<RejectedItem> rejected) {

    public WireDocument {
        items = items == null ? List.of() : List.copyOf(items);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
}
