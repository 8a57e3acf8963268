package io.newsflow.ingest.service;

import io.newsflow.ingest.client.FeedAddresses;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.repository.Feed;
import io.newsflow.ingest.repository.FeedRepository;
import io.newsflow.support.net.PublicAddresses;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The registry of polled feeds in PostgreSQL: what operators register, and each feed's health after its polls. */
@ApplicationScoped
public class FeedRegistry {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_URL_LENGTH = 2000;
    private static final int MAX_SOURCE_LENGTH = 255;
    private static final int MAX_INTERVAL_SECONDS = 7 * 24 * 3600;

    /** A request that names no usable feed; the message says what to fix. */
    public static final class InvalidFeedException extends RuntimeException {
        public InvalidFeedException(String message) {
            super(message, null, false, false);
        }
    }

    /** A second registration of a URL. */
    public static final class FeedExistsException extends RuntimeException {
        public FeedExistsException(String url, long id) {
            super("the feed " + url + " is already registered as feed " + id, null, false, false);
        }

        /** The URL is taken by {@code owner}, registered or deleted (whose articles it still owns). */
        FeedExistsException(String url, Feed owner) {
            super(owner.deletedAt == null ? "the feed " + url + " is already registered as feed " + owner.id
                    : "the feed " + url + " was registered as feed " + owner.id + ", deleted, which still owns the"
                            + " articles it stored: register the URL again (POST /v1/feeds) to bring that feed back",
                    null, false, false);
        }
    }

    private final FeedRepository feeds;
    private final IngestConfig.Feeds config;
    private final PublicAddresses addresses;

    public FeedRegistry(FeedRepository feeds, IngestConfig config) {
        this.feeds = feeds;
        this.config = config.feeds();
        this.addresses = FeedAddresses.of(config);
    }

    @WithSession
    public Uni<List<Feed>> list() {
        return feeds.all();
    }

    /** The feed, or null (also when it was deleted). */
    @WithSession
    public Uni<Feed> get(long id) {
        return feeds.registered(id);
    }

    /**
     * Registers a feed. A URL that was registered before and deleted brings that feed back, under its id, with the
     * request's settings and a fresh health: the articles it stored belong to its id, and a new id would find every
     * one of them owned by the deleted feed and refuse its items as {@code foreign-id}.
     */
    @WithTransaction
    public Uni<Feed> add(FeedRequest request) {
        return Uni.createFrom().item(() -> newFeed(request))
                .chain(feed -> feeds.byUrl(feed.url)
                        .chain(existing -> {
                            if (existing == null) {
                                return feeds.persist(feed);
                            }
                            if (existing.deletedAt == null) {
                                return Uni.createFrom().failure(new FeedExistsException(feed.url, existing.id));
                            }
                            restore(existing, feed);
                            return Uni.createFrom().item(existing);
                        }));
    }

    /** A deleted feed registered again: the new registration's settings and health, the old id. */
    private static void restore(Feed deleted, Feed registration) {
        deleted.pollIntervalSeconds = registration.pollIntervalSeconds;
        deleted.sourceName = registration.sourceName;
        deleted.languageHint = registration.languageHint;
        deleted.enabled = registration.enabled;
        deleted.createdAt = registration.createdAt;
        deleted.nextPollAt = registration.nextPollAt;
        deleted.etag = null;
        deleted.lastModified = null;
        deleted.lastPolledAt = null;
        deleted.lastSuccessAt = null;
        deleted.lastErrorAt = null;
        deleted.lastError = null;
        deleted.lastStatus = null;
        deleted.itemsSeen = 0;
        deleted.consecutiveFailures = 0;
        deleted.deletedAt = null;
    }

    private Feed newFeed(FeedRequest request) {
        if (request == null || request.url() == null || request.url().isBlank()) {
            throw new InvalidFeedException("url is required");
        }
        Feed feed = new Feed();
        feed.url = url(request.url(), addresses);
        feed.pollIntervalSeconds = interval(request.intervalSeconds() == null ? config.defaultIntervalSeconds() : request.intervalSeconds());
        feed.sourceName = request.source() == null ? null : emptyToNull(source(request.source()));
        feed.languageHint = request.language() == null ? null : emptyToNull(language(request.language()));
        feed.enabled = request.enabled() == null || request.enabled();
        feed.createdAt = Instant.now();
        feed.nextPollAt = feed.createdAt;
        return feed;
    }

    /** Changes the fields the request carries; null when there is no such feed. */
    @WithTransaction
    public Uni<Feed> update(long id, FeedRequest request) {
        return Uni.createFrom().item(() -> validated(request))
                .chain(changes -> (changes.url() == null ? Uni.createFrom().<Feed>nullItem() : feeds.byUrl(changes.url()))
                        .chain(existing -> existing != null && existing.id != id
                                ? Uni.createFrom().failure(new FeedExistsException(changes.url(), existing))
                                : feeds.registered(id))
                        .invoke(feed -> {
                            if (feed != null) {
                                change(feed, changes);
                            }
                        }));
    }

    /** The request's fields, checked; "" for source or language clears them. */
    private FeedRequest validated(FeedRequest request) {
        if (request == null) {
            throw new InvalidFeedException("a JSON object with the fields to change is required");
        }
        return new FeedRequest(
                request.url() == null ? null : url(request.url(), addresses),
                request.intervalSeconds() == null ? null : interval(request.intervalSeconds()),
                request.source() == null ? null : source(request.source()),
                request.language() == null ? null : language(request.language()),
                request.enabled());
    }

    private static void change(Feed feed, FeedRequest changes) {
        if (changes.url() != null && !changes.url().equals(feed.url)) {
            feed.url = changes.url();
            // Validators belong to the old address.
            feed.etag = null;
            feed.lastModified = null;
            feed.nextPollAt = Instant.now();
        }
        if (changes.intervalSeconds() != null) {
            feed.pollIntervalSeconds = changes.intervalSeconds();
        }
        if (changes.source() != null) {
            feed.sourceName = emptyToNull(changes.source());
        }
        if (changes.language() != null) {
            feed.languageHint = emptyToNull(changes.language());
        }
        if (changes.enabled() != null) {
            enable(feed, changes.enabled());
        }
    }

    /** Enables (polled at once) or disables a feed; null when there is no such feed. */
    @WithTransaction
    public Uni<Feed> setEnabled(long id, boolean enabled) {
        return feeds.registered(id)
                .invoke(feed -> {
                    if (feed != null) {
                        enable(feed, enabled);
                    }
                });
    }

    /**
     * Whether there was such a feed. It is no longer listed or polled; its items stay in the ledger and the indexes,
     * and its row stays (marked deleted) because those articles belong to its id.
     */
    @WithTransaction
    public Uni<Boolean> delete(long id) {
        return feeds.registered(id)
                .map(feed -> {
                    if (feed == null) {
                        return false;
                    }
                    feed.deletedAt = Instant.now();
                    feed.enabled = false;
                    return true;
                });
    }

    /**
     * Claims up to {@code limit} feeds due at {@code now} for this instance's polls: in the transaction that finds
     * them due (rows locked, those another instance is claiming skipped), their next poll is moved on by
     * {@link #claimed}, so that every other instance, one of Kubernetes' replicas, sees them as not due. The poll's
     * outcome then sets the real next poll ({@link #recordPoll}).
     */
    @WithTransaction
    public Uni<List<Feed>> claimDue(Instant now, int limit) {
        return feeds.lockDue(now, limit)
                .invoke(due -> due.forEach(feed -> feed.nextPollAt = claimed(now, feed.pollIntervalSeconds,
                        config.requestTimeout())));
    }

    /**
     * Until when a claimed feed is not due again if its poll never records an outcome (the instance died): one
     * interval, and at least three request deadlines, so that a slow poll still open is not taken by another
     * instance.
     */
    static Instant claimed(Instant now, int intervalSeconds, Duration requestTimeout) {
        Duration interval = Duration.ofSeconds(intervalSeconds);
        Duration polling = requestTimeout.multipliedBy(3);
        return now.plus(interval.compareTo(polling) >= 0 ? interval : polling);
    }

    /** Writes a poll's outcome into the feed's health and sets its next poll; null when the feed was deleted meanwhile. */
    @WithTransaction
    public Uni<Feed> recordPoll(long id, PollOutcome outcome, Instant polledAt) {
        return feeds.registered(id)
                .invoke(feed -> {
                    if (feed != null) {
                        apply(feed, outcome, polledAt, config.maxBackoff());
                    }
                });
    }

    static void apply(Feed feed, PollOutcome outcome, Instant polledAt, Duration maxBackoff) {
        feed.lastPolledAt = polledAt;
        feed.lastStatus = outcome.status();
        if (outcome.succeeded()) {
            feed.lastSuccessAt = polledAt;
            feed.consecutiveFailures = 0;
            feed.itemsSeen += outcome.items();
            if (outcome.status() != null && outcome.status() != 304) {
                feed.etag = truncate(outcome.etag(), 1000);
                feed.lastModified = truncate(outcome.lastModified(), 200);
            }
        } else {
            feed.lastErrorAt = polledAt;
            feed.lastError = truncate(outcome.error(), 2000);
            feed.consecutiveFailures++;
        }
        feed.nextPollAt = nextPoll(polledAt, feed.pollIntervalSeconds, feed.consecutiveFailures, maxBackoff);
    }

    /**
     * The next poll: one interval after a success; after {@code n} failures in a row the interval doubled n times,
     * at most {@code maxBackoff} (but never less than the interval), so a broken feed is not hammered.
     */
    static Instant nextPoll(Instant polledAt, int intervalSeconds, int failures, Duration maxBackoff) {
        long interval = intervalSeconds;
        if (failures <= 0) {
            return polledAt.plusSeconds(interval);
        }
        long cap = Math.max(interval, maxBackoff.toSeconds());
        long wait = interval << Math.min(failures, 20);
        return polledAt.plusSeconds(Math.min(wait, cap));
    }

    private static void enable(Feed feed, boolean enabled) {
        if (enabled && !feed.enabled) {
            feed.nextPollAt = Instant.now();
        }
        feed.enabled = enabled;
    }

    /** The URL, stripped, when it is an http(s) address this service may fetch. */
    static String url(String raw, PublicAddresses addresses) {
        String url = raw.strip();
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidFeedException("url may have at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidFeedException("url must be an absolute http or https address, was '" + url + "'");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidFeedException("url has no host: '" + url + "'");
            }
            String refusal = addresses.refusal(uri.toString());
            if (refusal != null) {
                throw new InvalidFeedException(refusal + ", was '" + url + "'");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidFeedException("url is not a valid address: " + e.getMessage());
        }
    }

    private int interval(int seconds) {
        if (seconds < config.minIntervalSeconds() || seconds > MAX_INTERVAL_SECONDS) {
            throw new InvalidFeedException("intervalSeconds must be between " + config.minIntervalSeconds() + " and "
                    + MAX_INTERVAL_SECONDS + ", was " + seconds);
        }
        return seconds;
    }

    /** The source name, stripped; "" clears it on an update. */
    private static String source(String raw) {
        String source = raw.strip();
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new InvalidFeedException("source may have at most " + MAX_SOURCE_LENGTH + " characters");
        }
        return source;
    }

    /** The language hint as a BCP 47 tag; "" clears it on an update. */
    private static String language(String raw) {
        String language = raw.strip();
        if (language.isEmpty()) {
            return "";
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidFeedException("language must be a BCP 47 tag such as 'en' or 'fr-CA', was '" + raw + "'");
        }
        return language;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
