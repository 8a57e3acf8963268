package io.newsflow.extract.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

/** Entities of the knowledge base. */
@ApplicationScoped
public class KnowledgeEntityRepository implements PanacheRepositoryBase<KnowledgeEntity, String> {

    /** The lock merges take one at a time ("kbmerge"), so that two at once never make a chain or a cycle. */
    static final long MERGE_LOCK = 0x6b62_6d65_7267_65L;

    /**
     * When curators last changed anything and when the bundled data was last seeded; the extractor rebuilds its
     * knowledge when these move. Seeded rows carry no change time of their own, so seeding moves only {@code kb_seed}.
     */
    public Uni<LastChanges> lastChanges() {
        return getSession().chain(KnowledgeEntityRepository::lastChanges);
    }

    /** {@link #lastChanges()} as {@code session} reads them. */
    public static Uni<LastChanges> lastChanges(Mutiny.QueryProducer session) {
        return session.createSelectionQuery("select c.lastChange from KnowledgeChange c", Long.class)
                .getSingleResultOrNull()
                .chain(change -> session.createSelectionQuery("select max(e.updatedAt) from KnowledgeEntity e", Instant.class)
                        .getSingleResultOrNull()
                        .chain(curated -> session.createSelectionQuery("select s.seededAt from KnowledgeSeed s", Instant.class)
                                .getSingleResultOrNull()
                                .map(seeded -> new LastChanges(change, curated, seeded))));
    }

    /**
     * The number of the current transaction's change, counted up in {@code kb_change}. Its row stays locked until the
     * transaction ends, so the next curation transaction waits here: changes commit in the order of their numbers.
     * Called first in a curation transaction, before its change is stamped.
     */
    public Uni<Long> nextChange() {
        return getSession().chain(session -> session
                .createNativeQuery("insert into kb_change (id, last_change) values (?1, 1) on conflict (id) "
                        + "do update set last_change = kb_change.last_change + 1 returning last_change", Long.class)
                .setParameter(1, KnowledgeChange.ONLY)
                .getSingleResult());
    }

    /**
     * Takes, for the current transaction, the seed lock shared: waits for a seeding under way, and keeps one from
     * starting until the transaction ends, so that a curator's change never meets half a seeding.
     */
    public Uni<Void> waitForSeeding() {
        return getSession().chain(session -> session
                        .createNativeQuery("select count(*) from (select pg_advisory_xact_lock_shared(?1)) locked", Long.class)
                        .setParameter(1, KnowledgeSeed.LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Takes, for the current transaction, the merge lock: merges run one at a time. */
    public Uni<Void> lockMerges() {
        return getSession().chain(session -> session
                        .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) locked", Long.class)
                        .setParameter(1, MERGE_LOCK)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
