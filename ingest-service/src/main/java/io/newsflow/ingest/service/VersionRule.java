package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.ingest.repository.LedgerOutcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What becomes of an item given the newest version already accepted for its id: the wire desk's rules, as a
 * plain function so they can be read and tested without a database.
 *
 * <ul>
 * <li>A new id is {@link LedgerOutcome#ACCEPTED} (or {@link LedgerOutcome#KILLED} for a kill), unless the same
 * content is already known under another id ({@link LedgerOutcome#DUPLICATE}: a feed that re-issues guids).</li>
 * <li>A kill (withheld, canceled, an Atom tombstone) takes effect whenever its version is at least the stored
 * one: RSS and Atom carry no versions, so a tombstone arrives as version 1 like the entry it deletes.</li>
 * <li>A higher version replaces the stored one ({@link LedgerOutcome#UPDATED}); a lower one is
 * {@link LedgerOutcome#STALE}.</li>
 * <li>An equal version with the same content and status is a {@link LedgerOutcome#DUPLICATE}. With other
 * content it is {@link LedgerOutcome#STALE} for formats that number their versions (ninjs, NewsML-G2, simple
 * JSON: (id, version) names one item); for RSS and Atom, which cannot number them, a later
 * {@code versionCreated} replaces the stored item and an earlier or equal one is stale.</li>
 * <li>An article first stored from a polled feed belongs to that feed: an item of another feed may not change it,
 * nor may a pushed RSS or Atom item ({@link LedgerOutcome#REJECTED}, {@value #FOREIGN_ID}); the feed itself may,
 * whatever source its entries name (an aggregator's entries carry their own). Otherwise an RSS or Atom item (a
 * tombstone included) may change only an article first stored from RSS or Atom under the same source. A feed's ids
 * are bare URLs or URNs anyone can copy, and so is its source name, so without this a hostile feed could kill or
 * replace another feed's or agency's story by naming its id. Agency formats (ninjs, NewsML-G2, simple JSON) pushed
 * or sent on the topic may change any article, as an agency's kill of a story it syndicated must.</li>
 * <li>A kill is never undone at its own version: a usable item of that version is stale, whatever its
 * {@code versionCreated} (the state table refuses the write too, see {@code ArticleStateRepository.upsert}).</li>
 * <li>An item that would be published but is embargoed until after {@code now} is {@link LedgerOutcome#HELD}:
 * it is decided again when the embargo lifts. Kills are never held.</li>
 * </ul>
 */
public final class VersionRule {

    /** Formats without version numbers: an update is told by its {@code versionCreated}. */
    static final Set<String> UNVERSIONED_FORMATS = Set.of("rss", "atom");

    /** Reason code of a feed item refused because its id belongs to an article from another source or format. */
    public static final String FOREIGN_ID = "foreign-id";

    /** The longest source the state and ledger tables keep. */
    static final int MAX_SOURCE_LENGTH = 255;

    /**
     * The stored facts an arriving item is compared with (the newest accepted version of its id), with the format
     * and source it was first stored from (null for states written before they were kept) and the polled feed it
     * came from (null when it was pushed or sent on the topic, and for states written before feeds owned theirs).
     */
    public record Stored(long version, Instant versionCreated, PubStatus pubStatus, String contentHash, String format,
                         String source, Long feedId) {
    }

    private VersionRule() {
    }

    /**
     * @param item                 the arriving item
     * @param feedId               the polled feed it came from; null when it was pushed or sent on the topic
     * @param contentHash          its {@code ContentFingerprint.contentHash}
     * @param stored               the newest accepted version of its id, or null for a new id
     * @param sameContentElsewhere whether another id already carries exactly this content (asked for new ids only)
     * @param now                  the time of the decision, against which an embargo is judged
     */
    public static LedgerOutcome decide(NormalisedArticle item, Long feedId, String contentHash, Stored stored,
                                       boolean sameContentElsewhere, Instant now) {
        if (foreign(item, feedId, stored) != null) {
            return LedgerOutcome.REJECTED;
        }
        LedgerOutcome outcome = stored == null ? first(item, sameContentElsewhere) : against(item, contentHash, stored);
        if ((outcome == LedgerOutcome.ACCEPTED || outcome == LedgerOutcome.UPDATED) && embargoed(item, now)) {
            return LedgerOutcome.HELD;
        }
        return outcome;
    }

    /**
     * Why this item may not change the stored article (it belongs to another feed, or an RSS or Atom item meets one
     * first stored from another format or source), as a ledger reason; null when it may.
     *
     * @param feedId the polled feed the item came from; null when it was pushed or sent on the topic
     */
    public static String foreign(NormalisedArticle item, Long feedId, Stored stored) {
        if (stored == null) {
            return null;
        }
        if (stored.feedId() != null) {
            boolean mayChange = stored.feedId().equals(feedId)
                    || feedId == null && !UNVERSIONED_FORMATS.contains(item.format());
            return mayChange ? null : FOREIGN_ID + ": the article belongs to feed " + stored.feedId() + " (source "
                    + quoted(stored.source()) + "); " + (feedId == null ? "a pushed " + item.format() + " item"
                    : "an item of feed " + feedId) + " may not change it";
        }
        if (stored.format() == null || !UNVERSIONED_FORMATS.contains(item.format())) {
            return null;
        }
        String source = source(item);
        if (UNVERSIONED_FORMATS.contains(stored.format()) && Objects.equals(stored.source(), source)) {
            return null;
        }
        return FOREIGN_ID + ": the article was first stored from " + stored.format() + " (source " + quoted(stored.source())
                + "); an " + item.format() + " item from source " + quoted(source) + " may not change it";
    }

    /** The item's source as the state and ledger tables keep it (at most {@value #MAX_SOURCE_LENGTH} characters). */
    static String source(NormalisedArticle item) {
        String source = item.source();
        return source == null || source.length() <= MAX_SOURCE_LENGTH ? source : source.substring(0, MAX_SOURCE_LENGTH);
    }

    private static String quoted(String source) {
        return source == null ? "none" : "'" + source + "'";
    }

    /** Whether the outcome sends the item downstream (and so replaces the stored state). */
    public static boolean publishes(LedgerOutcome outcome) {
        return outcome == LedgerOutcome.ACCEPTED || outcome == LedgerOutcome.UPDATED || outcome == LedgerOutcome.KILLED;
    }

    /** Whether the item may not be published before a time still to come. */
    public static boolean embargoed(NormalisedArticle item, Instant now) {
        return item.embargoed() != null && item.embargoed().isAfter(now) && !item.pubStatus().isKill();
    }

    private static LedgerOutcome first(NormalisedArticle item, boolean sameContentElsewhere) {
        if (item.pubStatus().isKill()) {
            return LedgerOutcome.KILLED;
        }
        return sameContentElsewhere ? LedgerOutcome.DUPLICATE : LedgerOutcome.ACCEPTED;
    }

    private static LedgerOutcome against(NormalisedArticle item, String contentHash, Stored stored) {
        if (item.version() < stored.version()) {
            return LedgerOutcome.STALE;
        }
        boolean sameStatus = item.pubStatus() == stored.pubStatus();
        if (item.pubStatus().isKill()) {
            // A kill of an article already killed at this version changes nothing; any other kill takes effect.
            return sameStatus && item.version() == stored.version() ? LedgerOutcome.DUPLICATE : LedgerOutcome.KILLED;
        }
        if (item.version() > stored.version()) {
            return LedgerOutcome.UPDATED;
        }
        if (stored.pubStatus().isKill()) {
            return LedgerOutcome.STALE;
        }
        if (sameStatus && contentHash.equals(stored.contentHash())) {
            return LedgerOutcome.DUPLICATE;
        }
        if (UNVERSIONED_FORMATS.contains(item.format()) && newer(item.versionCreated(), stored.versionCreated())) {
            return LedgerOutcome.UPDATED;
        }
        return LedgerOutcome.STALE;
    }

    private static boolean newer(Instant candidate, Instant stored) {
        return candidate != null && (stored == null || candidate.isAfter(stored));
    }
}
