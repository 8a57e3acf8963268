package io.newsflow.index.service;

import java.nio.charset.StandardCharsets;

/**
 * What Elasticsearch takes as a document id. It checks every id of a bulk before writing any, and one id over 512
 * UTF-8 bytes fails the whole request with a 400, so ids are checked here before they go into one.
 */
public final class DocumentIds {

    /** Elasticsearch's limit (IndexRequest.validateDocIdLength). */
    public static final int MAX_BYTES = 512;

    private DocumentIds() {
    }

    public static boolean fits(String id) {
        // A character takes at most three bytes in UTF-8 (four for a surrogate pair, which is two characters).
        return id != null && !id.isBlank()
                && (id.length() * 3 <= MAX_BYTES || id.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES);
    }
}
