package io.newsflow.ingest.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The newest version of each article ingest-service has accepted: what later items are compared with, and the
 * SimHash and cluster that near-duplicates of it join.
 */
@Entity
@Table(name = "article_state", indexes = {
        @Index(name = "article_state_content_hash", columnList = "contentHash"),
        @Index(name = "article_state_updated", columnList = "updatedAt")})
public class ArticleState {

    @Id
    public String articleId;
    public long version;
    public Instant versionCreated;
    public String contentHash;
    public String pubStatus;
    public String clusterId;
    /**
     * Story signature of headline and body ({@code ContentFingerprint.storySignature}), four 64-bit words, the
     * first being the SimHash; null for kills and texts too short to compare.
     */
    public Long simhash;
    public Long simhash2;
    public Long simhash3;
    public Long simhash4;
    /** Primary language subtag as declared ("en", "ar"), or "und": near-duplicates are looked for within one. */
    public String language;
    /**
     * Format and source of the item that first stored this article: RSS and Atom items from anywhere else may not
     * change it ({@code VersionRule.foreign}). Never changed afterwards; null in states stored before they were kept.
     */
    public String format;
    public String source;
    /**
     * The polled feed that first stored this article, which alone may change it from a feed ({@code
     * VersionRule.foreign}); null when it was pushed or sent on the topic, and in states stored before feeds owned
     * theirs. Never changed afterwards.
     */
    public Long feedId;
    public Instant firstReceivedAt;
    public Instant updatedAt;
}
