package io.newsflow.gateway.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An API key as stored: its SHA-256 only, never the key. The launcher ({@code ./newsflow keys}) writes the same
 * table with JDBC, so the column names (id, hash, role, name, shown, created_at, revoked_at, rate_per_second)
 * are part of a contract with deploy/launcher's KeysCommand.
 */
@Entity
@Table(name = "gateway_api_key", indexes = @Index(name = "gateway_api_key_hash", columnList = "hash", unique = true))
public class ApiKey {

    @Id
    @Column(length = 40)
    public String id;
    @Column(nullable = false, length = 64)
    public String hash;
    @Column(nullable = false, length = 16)
    public String role;
    @Column(length = 200)
    public String name;
    /** The first characters of the key, to recognise it in a list. */
    @Column(nullable = false, length = 16)
    public String shown;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    /** Own sustained rate limit; null means the configured default. */
    @Column(name = "rate_per_second")
    public Integer ratePerSecond;

    public boolean active() {
        return revokedAt == null;
    }
}
