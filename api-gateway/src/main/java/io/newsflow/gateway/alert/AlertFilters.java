package io.newsflow.gateway.alert;

import java.util.List;

/**
 * The filters of a saved search, as in {@code /v1/articles}: languages, sources, entity ids, entity types (PERSON,
 * ORG, LOC), event types (CAMEO root codes) and places (an event's place id or name, or a place entity id). Empty
 * means any.
 */
public record AlertFilters(List<String> languages, List<String> sources, List<String> entities, List<String> entityTypes,
                           List<String> eventTypes, List<String> places) {

    public static final AlertFilters NONE = new AlertFilters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public AlertFilters {
        languages = List.copyOf(languages);
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        entityTypes = List.copyOf(entityTypes);
        eventTypes = List.copyOf(eventTypes);
        places = List.copyOf(places);
    }

    public static AlertFilters of(SavedSearch s) {
        return new AlertFilters(split(s.languages), split(s.sources), split(s.entities), split(s.entityTypes),
                split(s.eventTypes), split(s.places));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Stores a list as the saved search's columns hold it: comma-separated, null for none. */
    public static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
