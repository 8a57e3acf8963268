package io.newsflow.search.mapping;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An entity named by an article, as one keyword of the articles index's {@code entity_keys}: type, id and name in one
 * value, so that a single terms aggregation counts the articles naming each entity and says what it is, without
 * nested documents (which cost Elasticsearch a Lucene document per entity). The parts are joined by the unit
 * separator, which no type or id holds; the name comes last, so that it may hold anything.
 */
public record EntityKey(String type, String id, String name) {

    private static final String SEPARATOR = "\u001f";

    public String encoded() {
        return type + SEPARATOR + id + SEPARATOR + (name == null ? "" : name);
    }

    /** The key of an encoded value (a null name when it had none); empty for a value that is not one. */
    public static Optional<EntityKey> decode(String value) {
        String[] parts = value.split(SEPARATOR, 3);
        if (parts.length < 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityKey(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2]));
    }

    /**
     * The {@code include} pattern of a terms aggregation on the keys that keeps the entities of these types
     * (upper-case names such as {@code PERSON}; anything else matches nothing).
     */
    public static String ofTypes(Collection<String> types) {
        String alternatives = types.stream().filter(t -> t.matches("[A-Z_]+")).collect(Collectors.joining("|"));
        // "_" is no type: with no valid type asked, nothing matches.
        return "(" + (alternatives.isEmpty() ? "_" : alternatives) + ")" + SEPARATOR + ".*";
    }
}
