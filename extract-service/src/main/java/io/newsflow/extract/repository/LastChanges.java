package io.newsflow.extract.repository;

import java.time.Instant;
import java.util.Objects;

/**
 * When the knowledge base in PostgreSQL last changed: the latest curated change ({@code max(kb_entity.updated_at)})
 * and when the bundled data was last seeded ({@code kb_seed.seeded_at}); null where there is none.
 */
public record LastChanges(Instant curated, Instant seeded) {

    /** Before anything was read. */
    public static final LastChanges NONE = new LastChanges(null, null);

    /**
     * Whether the knowledge base changed since {@code loaded} was read: a later curated change, or another seed. A
     * seed counts whenever its time differs, not only when it is later: pods write these times with their own
     * clocks, and a seed written by a pod whose clock runs behind may carry a time earlier than the last curated
     * change, or than the seed it replaced.
     */
    public boolean since(LastChanges loaded) {
        return !Objects.equals(seeded, loaded.seeded)
                || curated != null && (loaded.curated == null || curated.isAfter(loaded.curated));
    }
}
