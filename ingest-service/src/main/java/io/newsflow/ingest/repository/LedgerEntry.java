package io.newsflow.ingest.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row per item received: what came, when, from where, and what became of it. Never updated. */
@Entity
@Table(name = "article_ledger", indexes = {
        @Index(name = "article_ledger_article", columnList = "articleId"),
        @Index(name = "article_ledger_received", columnList = "receivedAt")})
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_ledger_seq")
    @jakarta.persistence.SequenceGenerator(name = "article_ledger_seq", sequenceName = "article_ledger_seq", allocationSize = 50)
    public Long id;

    /** Null for a document rejected before any item id could be read. */
    public String articleId;
    public Long version;
    public String contentHash;
    @Column(nullable = false)
    public Instant receivedAt;
    public String source;
    @Column(nullable = false)
    public String channel;
    public String format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerOutcome outcome;
    @Column(length = 2000)
    public String reason;
    public boolean correction;
}
