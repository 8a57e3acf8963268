package io.newsflow.ingest.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An embargoed item waiting for its release time, as received (normalised), so that it survives a restart. */
@Entity
@Table(name = "held_item", indexes = @Index(name = "held_item_release", columnList = "releaseAt"))
public class HeldItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "held_item_seq")
    @SequenceGenerator(name = "held_item_seq", sequenceName = "held_item_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String articleId;
    public long version;
    @Column(nullable = false)
    public Instant releaseAt;
    @Column(nullable = false)
    public Instant receivedAt;
    @Column(nullable = false)
    public String channel;
    /** The normalised article as JSON ({@code EventCodec}), without the facts added at release. */
    @Column(nullable = false, columnDefinition = "text")
    public String article;
    /**
     * The trace of the push or record that delivered the item (W3C {@code traceparent}), which its release continues;
     * null when tracing was off, and in rows held before the column existed (Hibernate's schema update adds it).
     */
    public String traceparent;
    /** The polled feed it came from, whose article it becomes; null when pushed or sent on the topic. */
    public Long feedId;
}
