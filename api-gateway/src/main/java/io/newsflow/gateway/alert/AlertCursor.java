package io.newsflow.gateway.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far the alert sender has matched: the {@code indexed_at} and id of the last article whose deliveries have all
 * ended. One row. This entity exists only so that the table is made like every other (Hibernate's schema
 * management): {@link AlertLeadership} reads and writes it with SQL on the session that holds the alert lock, so
 * only the sender can move it. Writing it through the pool would lose that.
 */
@Entity
@Table(name = "gateway_alert_cursor")
public class AlertCursor {

    /** The id of the one row. */
    static final String ALERTS = "alerts";

    @Id
    @Column(length = 20)
    public String id;
    @Column(name = "indexed_at_millis", nullable = false)
    public long indexedAtMillis;
    @Column(name = "article_id", nullable = false, length = 512)
    public String articleId;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
