package io.newsflow.gateway.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved search: a query (the syntax of {@code q}) and filters, its owner, and where to post its matches. */
@Entity
@Table(name = "gateway_saved_search", indexes = @Index(name = "gateway_saved_search_owner", columnList = "owner"))
public class SavedSearch {

    /** Column sizes of the comma-separated filter lists; saving checks a list against its column. */
    public static final int SHORT_LIST_CHARS = 200;
    public static final int LIST_CHARS = 1000;

    @Id
    @Column(length = 40)
    public String id;
    /** Key id or JWT subject of who saved it. */
    @Column(nullable = false, length = 200)
    public String owner;
    @Column(length = 200)
    public String name;
    @Column(length = 1000)
    public String query;
    /** Comma-separated language codes, or null for any. */
    @Column(length = SHORT_LIST_CHARS)
    public String languages;
    /** Comma-separated sources, or null for any. */
    @Column(length = LIST_CHARS)
    public String sources;
    /** Comma-separated entity ids, or null for any. */
    @Column(length = LIST_CHARS)
    public String entities;
    /** Comma-separated entity types (PERSON, ORG, LOC), or null for any. */
    @Column(length = 100)
    public String entityTypes;
    /** Comma-separated CAMEO root codes, or null for any. */
    @Column(length = SHORT_LIST_CHARS)
    public String eventTypes;
    /** Comma-separated places (an event's place id or name, or a place entity id), or null for any. */
    @Column(length = LIST_CHARS)
    public String places;
    @Column(name = "webhook_url", length = 2000)
    public String webhookUrl;
    /** HMAC-SHA256 key of the webhook signature; shown once when the search is saved. */
    @Column(name = "webhook_secret", length = 100)
    public String webhookSecret;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
