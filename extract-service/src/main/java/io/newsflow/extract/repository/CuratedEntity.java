package io.newsflow.extract.repository;

import io.newsflow.contracts.EntityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entity curators added to the knowledge base, or a bundled one they changed. Its names live in
 * {@link CuratedName}; a merged entity points at the entity that absorbed it.
 */
@Entity
@Table(name = "kb_entity")
public class CuratedEntity {

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
}
