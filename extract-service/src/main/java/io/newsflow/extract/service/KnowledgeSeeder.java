package io.newsflow.extract.service;

import io.newsflow.extract.config.ExtractConfig;
import io.newsflow.extract.config.ExtractConfig.Reseed;
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
 * lists) into PostgreSQL at first start, and again when a build ships newer bundled data. Rows curators changed are
 * kept: a bundled entity whose id a curated row holds is not written. Replicas starting together take turns on an
 * advisory lock, so the data is written once; curators' changes share that lock, so they wait for a seeding.
 * {@code kb_seed} records which data the database holds and when it was built ({@link SeedChoice}): during a rolling
 * upgrade, a replica of the older build that restarts runs on the newer data it finds, unless the operator forces
 * its data in to roll back ({@code newsflow.extract.knowledge.reseed=force}).
 */
@ApplicationScoped
public class KnowledgeSeeder {

    private static final int BATCH = 1_000;

    private final Mutiny.SessionFactory sessions;
    private final Reseed reseed;

    public KnowledgeSeeder(Mutiny.SessionFactory sessions, ExtractConfig config) {
        this.sessions = sessions;
        this.reseed = config.knowledge().reseed();
    }

    /**
     * Makes the database hold {@code bundled}, stamped {@code shipped}, unless it holds newer bundled data (then the
     * extractor is built from that); completes once the database holds the data to run on.
     */
    public Uni<Void> seed(KnowledgeBase bundled, SeedStamp shipped) {
        return sessions.withStatelessTransaction(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) locked", Long.class)
                .setParameter(1, KnowledgeSeed.LOCK)
                .getSingleResult()
                .chain(() -> session.get(KnowledgeSeed.class, KnowledgeSeed.ONLY))
                .chain(seed -> switch (SeedChoice.of(stamp(seed), shipped, reseed)) {
                    case SEED -> replace(session, bundled, shipped, seed, ", replacing data built at ");
                    case FORCE -> replace(session, bundled, shipped, seed,
                            ", forced (newsflow.extract.knowledge.reseed=force) over data built at ");
                    case UP_TO_DATE -> upToDate(shipped);
                    case KEEP_NEWER -> keep(seed, shipped);
                }));
    }

    /** Which data the database holds, by its {@code kb_seed} row (null: none). */
    static SeedStamp stamp(KnowledgeSeed seed) {
        return seed == null ? null : new SeedStamp(seed.fingerprint, seed.dataBuiltAt());
    }

    /**
     * A WARN: this replica runs on bundled data another build wrote. Normal for a replica of the older build during
     * a rolling upgrade; anywhere else it may be older data that only looks newer, since the build time orders
     * builds, not sources (a later rebuild of older sources, or a roll forward after a forced rollback).
     */
    private static Uni<Void> keep(KnowledgeSeed seed, SeedStamp shipped) {
        Log.warnf("knowledge base: running on the database's data, bundled data this build did not ship: PostgreSQL "
                        + "holds data %s built at %s (%d entities, seeded at %s), as new as or newer than this "
                        + "build's, %s built at %s. "
                        + "Expected from a replica of the older build during a rolling upgrade. If this replica's "
                        + "image is the one meant to run, its data may only look older (the build time orders builds, "
                        + "not sources): redeploy it with newsflow.extract.knowledge.reseed=force, then remove the "
                        + "setting", seed.fingerprint, builtAt(seed), seed.entities, seed.seededAt, shipped.fingerprint(),
                shipped.builtAt());
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> upToDate(SeedStamp shipped) {
        Log.infof("knowledge base: PostgreSQL holds this build's bundled data, %s built at %s", shipped.fingerprint(),
                shipped.builtAt());
        return Uni.createFrom().voidItem();
    }

    private static Object builtAt(KnowledgeSeed seed) {
        return seed.dataBuiltAt() == null ? "a time not recorded" : seed.dataBuiltAt();
    }

    /** Writes the shipped data over the bundled rows; {@code over} says, in the log, how it treats the old seed. */
    private static Uni<Void> replace(Mutiny.StatelessSession session, KnowledgeBase bundled, SeedStamp shipped,
                                     KnowledgeSeed seed, String over) {
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
                    written.fingerprint = shipped.fingerprint();
                    written.builtAt = shipped.builtAt();
                    written.builtFor = shipped.fingerprint();
                    written.entities = rows.entities().size();
                    written.seededAt = now;
                    Log.infof("knowledge base seeded into PostgreSQL: %d entities, %d names in %d ms, bundled data "
                                    + "%s built at %s%s", rows.entities().size(), rows.names().size(),
                            (System.nanoTime() - started) / 1_000_000, shipped.fingerprint(), shipped.builtAt(),
                            seed == null ? "" : over + builtAt(seed));
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
