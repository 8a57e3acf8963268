package io.newsflow.extract.service;

import io.newsflow.extract.repository.KnowledgeEntity;
import io.newsflow.extract.repository.KnowledgeName;
import io.newsflow.extract.repository.KnowledgeSeed;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Seeds the bundled knowledge (the entities and names the project builds from registry packages and its curated
 * lists) into PostgreSQL at first start, and again when a build ships other bundled data. Rows curators changed are
 * kept: a bundled entity whose id a curated row holds is not written. Replicas starting together take turns on an
 * advisory lock, so the data is written once; curators' changes share that lock, so they wait for a seeding.
 * During a rolling upgrade to a build with other bundled data, a replica of the older build that restarts seeds
 * its data again; replicas of the newer build seed again at their next start.
 */
@ApplicationScoped
public class KnowledgeSeeder {

    private static final int BATCH = 1_000;

    private final Mutiny.SessionFactory sessions;

    public KnowledgeSeeder(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Makes the database hold {@code bundled}, whose {@link #fingerprint} is given; completes once it does. */
    public Uni<Void> seed(KnowledgeBase bundled, String fingerprint) {
        return sessions.withStatelessTransaction(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) locked", Long.class)
                .setParameter(1, KnowledgeSeed.LOCK)
                .getSingleResult()
                .chain(() -> session.get(KnowledgeSeed.class, KnowledgeSeed.ONLY))
                .chain(seed -> seed != null && seed.fingerprint.equals(fingerprint)
                        ? Uni.createFrom().voidItem()
                        : replace(session, bundled, fingerprint, seed)));
    }

    private Uni<Void> replace(Mutiny.StatelessSession session, KnowledgeBase bundled, String fingerprint, KnowledgeSeed seed) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        return session.createMutationQuery("delete from KnowledgeName n where n.entityId in "
                        + "(select e.id from KnowledgeEntity e where e.bundled = true)")
                .executeUpdate()
                .chain(() -> session.createMutationQuery("delete from KnowledgeEntity e where e.bundled = true").executeUpdate())
                .chain(() -> session.createSelectionQuery("select e.id from KnowledgeEntity e", String.class).getResultList())
                .chain(curatedIds -> {
                    Rows rows = rows(bundled, Set.copyOf(curatedIds));
                    return session.insertAll(BATCH, rows.entities().toArray())
                            .chain(() -> session.insertAll(BATCH, rows.names().toArray()))
                            .replaceWith(rows);
                })
                .chain(rows -> {
                    KnowledgeSeed written = new KnowledgeSeed();
                    written.id = KnowledgeSeed.ONLY;
                    written.fingerprint = fingerprint;
                    written.entities = rows.entities().size();
                    written.seededAt = now;
                    Log.infof("knowledge base seeded into PostgreSQL: %d entities, %d names in %d ms",
                            rows.entities().size(), rows.names().size(), (System.nanoTime() - started) / 1_000_000);
                    return seed == null ? session.insert(written) : session.update(written);
                });
    }

    /** Rows of the knowledge base: entities and their names. */
    record Rows(List<KnowledgeEntity> entities, List<KnowledgeName> names) {
    }

    /**
     * The rows of a knowledge base, in its order, less the entities whose ids are in {@code skipped}. Their change
     * time is the epoch: seeding is no curator's change, and must not look like one to a replica of an older build
     * that knows no bundled rows.
     */
    static Rows rows(KnowledgeBase knowledge, Set<String> skipped) {
        List<KnowledgeEntity> entities = new ArrayList<>(knowledge.size());
        List<KnowledgeName> names = new ArrayList<>();
        Set<String> written = new HashSet<>();
        int rank = 0;
        for (CanonicalEntity e : knowledge.entities()) {
            rank++;
            if (skipped.contains(e.id()) || !written.add(e.id())) {
                continue;
            }
            KnowledgeEntity row = KnowledgeEntity.of(e, Instant.EPOCH);
            row.bundled = true;
            row.seedRank = rank;
            entities.add(row);
            e.namesByLanguage().forEach((language, list) -> new LinkedHashSet<>(list)
                    .forEach(name -> names.add(KnowledgeName.of(e.id(), language, name))));
        }
        return new Rows(entities, names);
    }

    /** A digest of everything the rows hold, in order: equal digests mean the database already holds this data. */
    static String fingerprint(KnowledgeBase knowledge) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (CanonicalEntity e : knowledge.entities()) {
                StringBuilder line = new StringBuilder()
                        .append(e.id()).append('\t').append(e.type()).append('\t').append(e.preferredName())
                        .append('\t').append(e.country()).append('\t').append(e.lat()).append('\t').append(e.lon());
                new TreeMap<>(e.namesByLanguage()).forEach((language, list) -> line.append('\t').append(language)
                        .append('=').append(String.join("|", list)));
                digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
