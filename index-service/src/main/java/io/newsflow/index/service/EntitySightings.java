package io.newsflow.index.service;

import io.newsflow.index.config.IndexConfig;
import io.newsflow.index.mapping.EntityDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Remembers what this instance last wrote for each entity (its names and last sighting), so that an entity named
 * in article after article is written again only when it gains a name or its last sighting moves on by more than
 * the granularity. What is due is merged over the entity as the index holds it ({@link CompanionIndexer}), not
 * over what is remembered here, which another consumer or instance may have outdated. Bounded: the least recently
 * named entities are forgotten, and a forgotten entity (or a restart) is simply written again, which the merge
 * over the index makes harmless.
 */
@ApplicationScoped
public class EntitySightings {

    private record Written(Set<String> names, Instant lastSeen) {
    }

    private final Duration granularity;
    private final Map<String, Written> written;

    @Inject
    public EntitySightings(IndexConfig config) {
        this(config.entities().lastSeenGranularity(), config.entities().remembered());
    }

    EntitySightings(Duration granularity, int remembered) {
        this.granularity = granularity;
        this.written = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
                return size() > remembered;
            }
        };
    }

    /** The upsert, when it is worth sending: empty when it would add no name and barely move the last sighting. */
    public synchronized Optional<EntityDocument.Upsert> due(EntityDocument.Upsert upsert) {
        Written before = written.get(upsert.id());
        if (before == null) {
            return Optional.of(upsert);
        }
        Instant seen = (Instant) upsert.doc().get("last_seen");
        boolean newName = !before.names().containsAll(names(upsert));
        boolean movedOn = seen != null && (before.lastSeen() == null || seen.isAfter(before.lastSeen().plus(granularity)));
        return newName || movedOn ? Optional.of(upsert) : Optional.empty();
    }

    /** Elasticsearch took the upsert. */
    public synchronized void wrote(EntityDocument.Upsert upsert) {
        written.put(upsert.id(), new Written(new LinkedHashSet<>(names(upsert)), (Instant) upsert.doc().get("last_seen")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(EntityDocument.Upsert upsert) {
        return (List<String>) upsert.doc().get("names");
    }
}
