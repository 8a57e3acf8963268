package io.newsflow.extract.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The number of the last curators' change: one row, counted up by every curation transaction
 * ({@link KnowledgeEntityRepository#nextChange}). The update's row lock makes curation transactions commit in the
 * order of their numbers, so a replica that read number n has every change up to n, whatever their clocks said.
 */
@Entity
@Table(name = "kb_change")
public class KnowledgeChange {

    public static final int ONLY = 1;

    @Id
    public Integer id;
    @Column(nullable = false)
    public long lastChange;
}
