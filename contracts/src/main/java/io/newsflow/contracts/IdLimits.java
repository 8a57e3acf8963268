package io.newsflow.contracts;

import java.nio.charset.StandardCharsets;

/**
 * How long an article's or entity's id may be, in UTF-8 bytes, anywhere in the pipeline. Elasticsearch takes document
 * ids of up to 512 bytes and refuses a whole bulk over one longer, and index-service names an article's events after
 * it with a suffix ("#12"): 480 leaves room for that. 255 characters of Arabic are 510 bytes, of Chinese 765.
 */
public final class IdLimits {

    public static final int MAX_BYTES = 480;

    private IdLimits() {
    }

    /** The id's length in UTF-8 bytes. */
    public static int bytes(String id) {
        return id.getBytes(StandardCharsets.UTF_8).length;
    }
}
