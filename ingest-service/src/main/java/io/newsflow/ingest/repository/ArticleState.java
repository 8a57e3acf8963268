package io.newsflow.ingest.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The newest version of each article ingest-service has accepted: what later items are compared with. */
@Entity
@Table(name = "article_state")
public class ArticleState {

    @Id
    public String articleId;
    public long version;
    public String contentHash;
    public String pubStatus;
    public String clusterId;
    public Instant firstReceivedAt;
    public Instant updatedAt;
}
