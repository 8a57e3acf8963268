package io.newsflow.extract.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which bundled data the knowledge base was seeded from: one row, replaced when a build ships newer data or an
 * operator has a build replace it.
 */
@Entity
@Table(name = "kb_seed")
public class KnowledgeSeed {

    public static final int ONLY = 1;
    /** The advisory lock a seeding holds exclusively and curators' changes share (PostgreSQL advisory locks). */
    public static final long LOCK = 0x6b62_7365_6564L;

    @Id
    public Integer id;
    @Column(nullable = false)
    public String fingerprint;
    @Column(nullable = false)
    public int entities;
    @Column(nullable = false)
    public Instant seededAt;
    /**
     * When the bundled data was built (see {@code KnowledgeBase.bundledBuiltAt}): a replica writes its data only over
     * older data. Null in rows written before it was recorded: the oldest.
     */
    public Instant builtAt;
    /**
     * The fingerprint of the data {@code builtAt} belongs to. A build from before these two columns rewrites only the
     * fingerprint when it seeds: the time is then not that data's, which counts as the oldest.
     */
    public String builtFor;

    /**
     * The fingerprint of the data an operator replaced with this row's on purpose
     * ({@code newsflow.extract.knowledge.replace}): its builds do not write it back. Null after an ordinary seed.
     */
    public String replaced;
    /**
     * The fingerprint of the data that replaced {@link #replaced}. A build from before these two columns rewrites
     * neither when it seeds: {@code replaced} then no longer belongs to this row's data.
     */
    public String replacedBy;

    /** The data an operator replaced with this row's, whose builds keep out; null when none. */
    public String replacedData() {
        return fingerprint.equals(replacedBy) ? replaced : null;
    }

    /** When the data this row names was built; null when not recorded (the oldest). */
    public Instant dataBuiltAt() {
        return fingerprint.equals(builtFor) ? builtAt : null;
    }
}
