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

/** A polled RSS/Atom feed: what the operator registered, what conditional GET needs, and how its polls went. */
@Entity
@Table(name = "feed", indexes = {
        @Index(name = "feed_url", columnList = "url", unique = true),
        @Index(name = "feed_next_poll", columnList = "nextPollAt")})
public class Feed {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_seq")
    @SequenceGenerator(name = "feed_seq", sequenceName = "feed_seq", allocationSize = 1)
    public Long id;

    // What the operator registered
    @Column(nullable = false, length = 2000)
    public String url;
    public int pollIntervalSeconds;
    /** Given to every item of the feed as its source, instead of the channel title. */
    public String sourceName;
    /** Given to items that declare no language. */
    public String languageHint;
    public boolean enabled;
    @Column(nullable = false)
    public Instant createdAt;

    // Conditional GET: what the server said last time
    @Column(length = 1000)
    public String etag;
    @Column(length = 200)
    public String lastModified;

    // Health
    public Instant lastPolledAt;
    public Instant lastSuccessAt;
    public Instant lastErrorAt;
    @Column(length = 2000)
    public String lastError;
    /** HTTP status of the last answer (200, 304...), null when the last poll got none. */
    public Integer lastStatus;
    public long itemsSeen;
    public int consecutiveFailures;
    /**
     * When the feed is next due: the interval after a success, a growing back-off after failures; moved on when an
     * instance claims the poll, so that no other instance takes the same due time.
     */
    public Instant nextPollAt;
    /**
     * When the operator deleted it; null while registered. The row is kept, because the articles it stored belong to
     * its id ({@code article_state.feed_id}): registering the URL again brings the feed back under that id.
     */
    public Instant deletedAt;
}
