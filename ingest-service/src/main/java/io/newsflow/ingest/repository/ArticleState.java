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
    /** SimHash of headline and body ({@code ContentFingerprint.simhash}); null for kills and texts without words. */
    public Long simhash;
    /** Primary language subtag as declared ("en", "ar"), or "und": near-duplicates are looked for within one. */
    public String language;
    public Instant firstReceivedAt;
    public Instant updatedAt;
}
