package io.newsflow.search;

/**
 * The events index: one document per extracted event, id = {@code <article id>#<n>}, with its CAMEO type, actors
 * (entity ids), place with a {@code geo_point}, date, and the article it came from. An update or kill of the
 * article replaces or removes its events.
 */
public final class EventIndex {

    public static final String ALIAS = "newsflow-events";
    public static final int MAPPING_VERSION = 1;

    private EventIndex() {
    }

    public static String indexName(int version) {
        return ALIAS + "-v" + version;
    }

    public static String mappingJson() {
        return ArticleIndex.resource("elasticsearch/events-v" + MAPPING_VERSION + ".json");
    }

    public static String eventId(String articleId, int n) {
        return articleId + "#" + n;
    }
}
