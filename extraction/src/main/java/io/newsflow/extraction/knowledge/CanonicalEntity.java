package io.newsflow.extraction.knowledge;

import io.newsflow.contracts.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An entity of the knowledge base: a stable id ("loc:rome", "org:nato", "per:..."), its type, the preferred English
 * name, its names per language ("en", "ar", "fr", ...; the preferred name need not be repeated), the ISO country code
 * it belongs to (may be null) and coordinates for places (may be null).
 */
public record CanonicalEntity(
        String id,
        EntityType type,
        String preferredName,
        Map<String, List<String>> namesByLanguage,
        String country,
        Double lat,
        Double lon) {

    public CanonicalEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(preferredName, "preferredName");
        namesByLanguage = namesByLanguage == null ? Map.of() : Map.copyOf(namesByLanguage);
    }
}
