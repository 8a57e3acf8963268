package io.newsflow.extract.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One name of a knowledge-base entity in one language ("ar", "en", "fr", ...). */
@Entity
@Table(name = "kb_name",
        uniqueConstraints = @UniqueConstraint(columnNames = {"entityId", "language", "name"}),
        indexes = @Index(name = "kb_name_entity", columnList = "entityId"))
public class KnowledgeName {

    @Id
    @GeneratedValue
    public Long id;
    @Column(nullable = false)
    public String entityId;
    @Column(nullable = false)
    public String language;
    @Column(nullable = false)
    public String name;

    public static KnowledgeName of(String entityId, String language, String name) {
        KnowledgeName row = new KnowledgeName();
        row.entityId = entityId;
        row.language = language;
        row.name = name;
        return row;
    }
}
