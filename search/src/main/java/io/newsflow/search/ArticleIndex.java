package io.newsflow.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Names and versioned mapping of the articles index, shared by index-service (writes) and the gateway (reads). */
public final class ArticleIndex {

    /** The alias every reader and writer uses; it points at one versioned index. */
    public static final String ALIAS = "newsflow-articles";
    /** Version of the mapping in {@code elasticsearch/articles-v<N>.json}; a new mapping is a new version. */
    public static final int MAPPING_VERSION = 1;

    public static final String ID = "id";
    public static final String VERSION = "version";
    public static final String HEADLINE = "headline";
    public static final String BODY = "body";
    public static final String LANGUAGE = "language";
    public static final String SOURCE = "source";
    public static final String PUBLISHED = "published";
    public static final String KILLED = "killed";
    public static final String CLUSTER_ID = "cluster_id";
    public static final String ENTITY_IDS = "entity_ids";
    public static final String ENTITY_NAMES = "entity_names";
    public static final String EVENT_TYPES = "event_types";
    /** Prefix of the per-language analysed text fields: {@code text_ar}, {@code text_en}, {@code text_fr}, {@code text_std}. */
    public static final String TEXT_PREFIX = "text_";
    public static final String TEXT_FALLBACK = "text_std";

    private ArticleIndex() {
    }

    /** The concrete index name of a mapping version. */
    public static String indexName(int version) {
        return ALIAS + "-v" + version;
    }

    /** Settings and mappings of the current version, as the JSON resource holds them. */
    public static String mappingJson() {
        return resource("elasticsearch/articles-v" + MAPPING_VERSION + ".json");
    }

    /** Reads a JSON resource of this module, e.g. a mapping. */
    public static String resource(String path) {
        try (InputStream in = ArticleIndex.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
