package io.newsflow.search;

/**
 * The entities index: one document per canonical (or provisional) entity, id = entity id, with its names in every
 * language and script ({@code names}; {@code names_norm} holds them normalised by {@link NameNormaliser} for
 * prefix autocomplete), type, country and coordinates. Mention counts and timelines come from aggregations on the
 * articles index ({@code entity_ids}), so they are always exact.
 */
public final class EntityIndex {

    public static final String ALIAS = "newsflow-entities";
    public static final int MAPPING_VERSION = 1;

    private EntityIndex() {
    }

    public static String indexName(int version) {
        return ALIAS + "-v" + version;
    }

    public static String mappingJson() {
        return ArticleIndex.resource("elasticsearch/entities-v" + MAPPING_VERSION + ".json");
    }
}
