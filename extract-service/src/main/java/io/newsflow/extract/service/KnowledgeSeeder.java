package io.newsflow.extract.service;

import io.newsflow.extract.config.ExtractConfig;
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
 * upgrade, a replica of the older build that restarts runs on the newer data it finds. To roll back (or forward) on
 * purpose, the operator names the data to replace ({@code newsflow.extract.knowledge.replace}); the row then records
 * what was replaced, so that replicas of that data's builds, which do not have the setting, keep out of the rollback
 * until other data is seeded.
 */
@ApplicationScoped
public class KnowledgeSeeder {

    private static final int BATCH = 1_000;
    private static final String REPLACE_SETTING = "newsflow.extract.knowledge.replace";
    private static final BuiltFrom BUILT_FROM = BuiltFrom.current();

    private final Mutiny.SessionFactory sessions;
    private final ExtractConfig.Knowledge settings;

    public KnowledgeSeeder(Mutiny.SessionFactory sessions, ExtractConfig config) {
        this.sessions = sessions;
        this.settings = config.knowledge();
    }

    /**
     * Makes the database hold {@code bundled}, stamped {@code shipped}, unless it holds newer bundled data or data
     * that replaced this build's on purpose (then the extractor is built from that); completes once the database
     * holds the data to run on.
     */
    public Uni<Void> seed(KnowledgeBase bundled, SeedStamp shipped) {
        return sessions.withStatelessTransaction(session -> session
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) locked", Long.class)
                .setParameter(1, KnowledgeSeed.LOCK)
                .getSingleResult()
                .chain(() -> session.get(KnowledgeSeed.class, KnowledgeSeed.ONLY))
                .chain(seed -> {
                    SeedStamp stored = stamp(seed);
                    SeedChoice choice = SeedChoice.of(stored, shipped, settings.replace().orElse(null), BUILT_FROM);
                    warnWhileSet(seed, choice);
                    warnNotFromACommit(seed, choice);
                    return switch (choice) {
                        case SEED -> replace(session, bundled, choice.written(stored, shipped, BUILT_FROM), seed,
                                ", replacing data built at ");
                        case REPLACE -> replace(session, bundled, choice.written(stored, shipped, BUILT_FROM), seed,
                                ", on purpose (" + REPLACE_SETTING + ") over data built at ");
                        case UP_TO_DATE -> upToDate(shipped);
                        case KEEP_NEWER -> keep(seed, shipped, "as new as or newer than this build's");
                        case KEEP_REPLACED -> keep(seed, shipped, "which an operator put in place of this build's on "
                                + "purpose (" + REPLACE_SETTING + "): its builds do not write it back");
                    };
                }));
    }

    /** Which data the database holds, by its {@code kb_seed} row (null: none). */
    static SeedStamp stamp(KnowledgeSeed seed) {
        return seed == null ? null : new SeedStamp(seed.fingerprint, seed.dataBuiltAt(), seed.replacedData());
    }

    /** The {@code kb_seed} row for data stamped {@code written}, of {@code entities} entities, seeded {@code now}. */
    static KnowledgeSeed row(SeedStamp written, int entities, Instant now) {
        KnowledgeSeed row = new KnowledgeSeed();
        row.id = KnowledgeSeed.ONLY;
        row.fingerprint = written.fingerprint();
        row.builtAt = written.builtAt();
        row.builtFor = written.fingerprint();
        row.replaced = written.replaced();
        row.replacedBy = written.replaced() == null ? null : written.fingerprint();
        row.entities = entities;
        row.seededAt = now;
        return row;
    }

    /**
     * A WARN at every start while a setting to replace data is set: it should be taken out, in a rollout of its own,
     * once its rollout is done (left set, the old ReplicaSet's pods carry it into the next rollout); and one for the
     * setting images before it read.
     */
    private void warnWhileSet(KnowledgeSeed seed, SeedChoice choice) {
        String held = seed == null ? "no data" : "data " + seed.fingerprint;
        settings.replace().ifPresent(named -> Log.warnf("knowledge base: %s=%s is set, PostgreSQL holds %s: %s. Take "
                        + "the setting out once the rollout is done, in a rollout of its own", REPLACE_SETTING, named, held,
                choice == SeedChoice.REPLACE ? "this replica replaces it with this build's"
                        : "it names other data, so this replica does nothing for it"));
        settings.reseed().ifPresent(value -> Log.warnf("knowledge base: newsflow.extract.knowledge.reseed=%s is no "
                        + "longer read: to have this build's data replace the database's on purpose, set %s to the "
                        + "fingerprint of the data to replace (PostgreSQL holds %s). Take the old setting out", value,
                REPLACE_SETTING, held));
    }

    /**
     * A WARN when data not built from a commit as it was committed is written over other data: dev mode, whatever
     * their order (recorded as of an unknown time), or uncommitted edits over data of the same time.
     */
    private static void warnNotFromACommit(KnowledgeSeed seed, SeedChoice choice) {
        if (BUILT_FROM != BuiltFrom.COMMIT && choice == SeedChoice.SEED && seed != null) {
            Log.warnf("knowledge base: this build (%s) writes its bundled data over the data PostgreSQL holds (%s): "
                    + "data of uncommitted edits or dev mode is not that of the commit whose time it carries (dev "
                    + "mode records it as of a time not known). Build releases from clean commits", BUILT_FROM,
                    seed.fingerprint);
        }
    }

    /**
     * A WARN: this replica runs on bundled data another build wrote, {@code why}. Normal for a replica of the older
     * build during a rolling upgrade, and for the builds an operator rolled back from; anywhere else it may be older
     * data that only looks newer, since commit times order commits, not releases (a hotfix committed after a newer
     * release's commit).
     */
    private static Uni<Void> keep(KnowledgeSeed seed, SeedStamp shipped, String why) {
        Log.warnf("knowledge base: running on the database's data, bundled data this build did not ship: PostgreSQL "
                        + "holds data %s built at %s (%d entities, seeded at %s), %s; this build's is %s built at %s. "
                        + "Expected from a replica of the older build during a rolling upgrade, or of a build rolled "
                        + "back from. If this replica's image is the one meant to run, have it replace that data: "
                        + "%s=%s", seed.fingerprint, builtAt(seed), seed.entities, seed.seededAt, why,
                shipped.fingerprint(), shipped.builtAt(), REPLACE_SETTING, seed.fingerprint);
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> upToDate(SeedStamp shipped) {
        Log.infof("knowledge base: PostgreSQL holds this build's bundled data, %s built at %s", shipped.fingerprint(),
                shipped.builtAt());
        return Uni.createFrom().voidItem();
    }

    private static Object builtAt(KnowledgeSeed seed) {
        return builtAt(seed.dataBuiltAt());
    }

    private static Object builtAt(Instant builtAt) {
        return builtAt == null ? "a time not recorded" : builtAt;
    }

    /**
     * Writes the shipped data over the bundled rows, and {@code written} into {@code kb_seed}; {@code over} says, in
     * the log, how it treats the old seed.
     */
    private static Uni<Void> replace(Mutiny.StatelessSession session, KnowledgeBase bundled, SeedStamp written,
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
                    Log.infof("knowledge base seeded into PostgreSQL: %d entities, %d names in %d ms, bundled data "
                                    + "%s built at %s%s", rows.entities().size(), rows.names().size(),
                            (System.nanoTime() - started) / 1_000_000, written.fingerprint(), builtAt(written.builtAt()),
                            seed == null ? "" : over + builtAt(seed));
                    KnowledgeSeed row = row(written, rows.entities().size(), now);
                    return seed == null ? session.insert(row) : session.update(row);
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
