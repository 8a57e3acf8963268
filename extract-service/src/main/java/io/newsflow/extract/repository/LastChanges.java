package io.newsflow.extract.repository;

import java.time.Instant;
import java.util.Objects;

/**
 * When the knowledge base in PostgreSQL last changed: the number of the last curators' change
 * ({@code kb_change.last_change}), the latest curated change time ({@code max(kb_entity.updated_at)}) and when the bundled
 * data was last seeded ({@code kb_seed.seeded_at}); null where there is none. The number is what orders curated
 * changes: a change stamped earlier may commit later (two curators at once), and its time would then never look new.
 * The time still counts for the changes of older builds, which do not number theirs.
 */
public record LastChanges(Long change, Instant curated, Instant seeded) {

    /** Before anything was read. */
    public static final LastChanges NONE = new LastChanges(null, null, null);

    /**
     * Whether the knowledge base changed since {@code loaded} was read: another change number, a later curated change
     * time, or another seed. A seed counts whenever its time differs, not only when it is later: pods write these
     * times with their own clocks, and a seed written by a pod whose clock runs behind may carry a time earlier than
     * the last curated change, or than the seed it replaced.
     */
    public boolean since(LastChanges loaded) {
        return !Objects.equals(seeded, loaded.seeded)
                || !Objects.equals(change, loaded.change)
                || curated != null && (loaded.curated == null || curated.isAfter(loaded.curated));
    }

    /** Whether a row last changed by change {@code number} (null from older builds) at {@code updatedAt} came after these. */
    public boolean isBefore(Long number, Instant updatedAt) {
        return number != null && (change == null || number > change)
                || updatedAt.isAfter(curated == null ? Instant.EPOCH : curated);
    }
}
