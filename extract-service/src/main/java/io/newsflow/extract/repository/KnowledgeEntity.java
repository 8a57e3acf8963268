package io.newsflow.extract.repository;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entity of the knowledge base: seeded from the bundled data ({@code bundled} true, in the order that data lists
 * it) or added or changed by curators. Its names live in {@link KnowledgeName}; a merged entity points at the entity
 * that absorbed it.
 */
@Entity
@Table(name = "kb_entity")
public class KnowledgeEntity {

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntityType type;
    @Column(nullable = false)
    public String preferredName;
    public String country;
    public Double lat;
    public Double lon;
    /** Set when this entity was merged into another: mentions then link to that one. */
    public String mergedInto;
    @Column(nullable = false)
    public Instant updatedAt;
    /**
     * The number of the curators' change that last changed this row ({@link KnowledgeChange}); null for rows as
     * seeded, and for changes of builds that did not number them.
     */
    @JsonIgnore
    public Long changeNumber;
    /**
     * True while the row is as the bundled data seeded it; a curator's change makes it false. Rows written before
     * the bundled data was seeded into PostgreSQL have none: they are curated.
     */
    public Boolean bundled;
    /** Position in the bundled data: where several entities share a name, the lower rank is preferred. */
    @JsonIgnore
    public Integer seedRank;

    /** A row holding this entity (without its names), as seeded or curated. */
    public static KnowledgeEntity of(CanonicalEntity entity, Instant updatedAt) {
        KnowledgeEntity row = new KnowledgeEntity();
        row.id = entity.id();
        row.type = entity.type();
        row.preferredName = entity.preferredName();
        row.country = entity.country();
        row.lat = entity.lat();
        row.lon = entity.lon();
        row.updatedAt = updatedAt;
        return row;
    }

    /** A row holding this entity (without its names), as curators' change {@code number} wrote it at {@code at}. */
    public static KnowledgeEntity ofChange(CanonicalEntity entity, Instant at, long number) {
        KnowledgeEntity row = of(entity, at);
        row.changeNumber = number;
        return row;
    }

    /** Marks this row as changed by curators' change {@code number} at {@code at}. */
    public void changed(Instant at, long number) {
        updatedAt = at;
        changeNumber = number;
    }

    public boolean curated() {
        return !Boolean.TRUE.equals(bundled);
    }
}
