package io.newsflow.ingest.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Gives each new article a cluster id: the cluster of the most recent earlier article that is the same
 * story, else a new cluster named after the article itself.
 *
 * <p>It remembers the fingerprints of the last {@code capacity} articles in a ring: 64-bit SimHashes compared
 * with {@link ContentFingerprint#sameStory} ({@link #NearDuplicateIndex(int)}), or 256-bit story signatures
 * compared with {@link ContentFingerprint#sameStorySignature} ({@link #ofSignatures(int)}), which is what the
 * service uses: over thousands of remembered articles 64 bits give false matches. A lookup compares against all
 * of them, newest first (three XORs and bit counts per entry: 10,000 entries take about 20 microseconds of CPU
 * when the window is in the cache and about 45 when it is not, on this machine), and so finds every pair within
 * the threshold. Callers that must survive a restart reload the recent fingerprints and cluster ids with
 * {@link #remember}.
 *
 * <p>Why not bands (LSH) or pigeonhole lookups: the threshold is wide, 84 of 256 bits, because rewrites by another
 * agency are that far apart (75 bits for the English pair of the tests). Pigeonhole on the four 64-bit words only
 * says one word is within 21 bits, which no exact lookup can find faster than a scan; an exact split into
 * bands needs 85 bands of 3 bits, and an unrelated entry shares one of them with probability 1 - (7/8)^85, that is
 * nearly every entry. Substrings searched within a radius (multi-index hashing) fare no better: 16 substrings of 16 bits must be
 * probed within 5 bits each (16 x 6,885 probes per lookup, more than the 10,000 entries), and an unrelated entry is
 * within 5 bits in one of them with probability 1 - (1 - 6885/65536)^16 = 0.83. Random bit bands of k bits are
 * shared by a pair 84 bits apart with probability (172/256)^k: to find such a pair 99 times in 100 takes about 108
 * bands of 8 bits, or 48 of 6, and then an unrelated entry shares some band with probability 1 - (255/256)^108 =
 * 0.34 or 1 - (63/64)^48 = 0.53, so a lookup would still read a third to a half of the window, through hash tables
 * instead of arrays, and miss some rewrites. A filter comparing some of an entry's bits must read about 170 of them
 * to tell that it is more than 84 bits away (unrelated entries are 128 +- 8 apart), which is what the three-word
 * scan below does. The scan is both cheaper and exact.
 */
public final class NearDuplicateIndex {

    private final int width;
    private final int maxDistance;
    /** words[w][slot]: word w of the fingerprint in that slot, one array per word (see {@link #newestCloseSignature}). */
    private final long[][] words;
    private final String[] clusters;
    /** How many fingerprints were ever remembered: the position the next one gets (it sits in slot position % capacity). */
    private long remembered;

    /** How many ring entries a batch lookup compares with all its fingerprints before moving on: 12 KB, L1-sized. */
    private static final int BLOCK = 512;

    /**
     * Where the newest entry within the threshold of each fingerprint of a batch sat when the batch was looked up
     * ({@link #lookahead}): a position in the order of remembering, or -1; and how many entries had been remembered
     * then. Only for {@link #assign(String, long[], Lookahead, int)} of the same index.
     */
    public record Lookahead(long[] positions, long watermark) {
    }

    /** An index of 64-bit SimHashes. */
    public NearDuplicateIndex(int capacity) {
        this(capacity, 1, ContentFingerprint.SAME_STORY_MAX_DISTANCE);
    }

    /** An index of story signatures ({@link ContentFingerprint#storySignature}). */
    public static NearDuplicateIndex ofSignatures(int capacity) {
        return new NearDuplicateIndex(capacity, ContentFingerprint.SIGNATURE_LONGS,
                ContentFingerprint.SAME_STORY_MAX_SIGNATURE_DISTANCE);
    }

    private NearDuplicateIndex(int capacity, int width, int maxDistance) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.width = width;
        this.maxDistance = maxDistance;
        this.words = new long[width][capacity];
        this.clusters = new String[capacity];
    }

    /** The cluster id for this article, remembering it for the articles that follow. */
    public synchronized String assign(String articleId, long simhash) {
        return assign(articleId, new long[] {simhash});
    }

    /** The cluster id for this article, remembering it for the articles that follow. */
    public synchronized String assign(String articleId, long[] fingerprint) {
        String cluster = find(fingerprint);
        String assigned = cluster != null ? cluster : articleId;
        remember(fingerprint, assigned);
        return assigned;
    }

    /** The cluster of the most recent remembered article of the same story, or null. */
    public synchronized String find(long simhash) {
        return find(new long[] {simhash});
    }

    /** The cluster of the most recent remembered article of the same story, or null. */
    public synchronized String find(long[] fingerprint) {
        check(fingerprint);
        long position = newestPosition(fingerprint, remembered - 1, oldestKept());
        return position < 0 ? null : clusters[slot(position)];
    }

    /**
     * Looks up a batch of fingerprints in one pass over the window: block by block, each block compared with every
     * fingerprint not yet matched while it is in the L1 cache. One lookup per article reads the whole window from
     * memory each time, and on a busy machine the window (240 KB for 10,000 signatures) is rarely still in the cache:
     * in the service that made the scan cost about four times what it costs in a loop. The answers are those of
     * {@link #find}, as of now; {@link #assign(String, long[], Lookahead, int)} brings them up to date.
     */
    public synchronized Lookahead lookahead(List<long[]> fingerprints) {
        fingerprints.forEach(this::check);
        long[] positions = new long[fingerprints.size()];
        Arrays.fill(positions, -1L);
        int[] open = new int[positions.length];
        for (int q = 0; q < open.length; q++) {
            open[q] = q;
        }
        int openCount = open.length;
        long oldest = oldestKept();
        for (long newest = remembered - 1; newest >= oldest && openCount > 0; newest -= BLOCK) {
            long blockOldest = Math.max(oldest, newest - BLOCK + 1);
            int stillOpen = 0;
            for (int k = 0; k < openCount; k++) {
                int q = open[k];
                long position = newestPosition(fingerprints.get(q), newest, blockOldest);
                if (position >= 0) {
                    positions[q] = position;
                } else {
                    open[stillOpen++] = q;
                }
            }
            openCount = stillOpen;
        }
        return new Lookahead(positions, remembered);
    }

    /**
     * The cluster id for fingerprint {@code i} of a {@link #lookahead}, remembering it: exactly what
     * {@link #assign(String, long[])} gives. Entries remembered since the lookahead are newer than anything it looked
     * at, so they are compared first; failing them, the lookahead's match stands if it is still in the ring (if it
     * was overwritten, so was every older match).
     */
    public synchronized String assign(String articleId, long[] fingerprint, Lookahead ahead, int i) {
        check(fingerprint);
        long oldest = oldestKept();
        long position = newestPosition(fingerprint, remembered - 1, Math.max(oldest, ahead.watermark()));
        if (position < 0 && ahead.positions()[i] >= oldest) {
            position = ahead.positions()[i];
        }
        String assigned = position < 0 ? articleId : clusters[slot(position)];
        remember(fingerprint, assigned);
        return assigned;
    }

    private long oldestKept() {
        return Math.max(0L, remembered - clusters.length);
    }

    private int slot(long position) {
        return (int) (position % clusters.length);
    }

    /** The newest position from {@code newest} down to {@code oldest} (all still in the ring) within the distance, or -1. */
    private long newestPosition(long[] fingerprint, long newest, long oldest) {
        if (newest < oldest) {
            return -1L;
        }
        int high = slot(newest);
        int low = slot(oldest);
        if (low <= high) {
            int found = newestClose(fingerprint, high, low);
            return found < 0 ? -1L : newest - (high - found);
        }
        // the range wraps: slots high down to 0, then the end of the ring down to low
        int found = newestClose(fingerprint, high, 0);
        if (found >= 0) {
            return newest - (high - found);
        }
        found = newestClose(fingerprint, clusters.length - 1, low);
        return found < 0 ? -1L : newest - high - (clusters.length - found);
    }

    /** The highest slot from {@code from} down to {@code to} within the distance, or -1. */
    private int newestClose(long[] fingerprint, int from, int to) {
        if (width == ContentFingerprint.SIGNATURE_LONGS) {
            return newestCloseSignature(fingerprint[0], fingerprint[1], fingerprint[2], fingerprint[3], from, to);
        }
        for (int i = from; i >= to; i--) {
            if (close(i, fingerprint)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The scan for 4-word signatures, the one the service runs for every new article. Unrelated signatures differ
     * in about 32 bits per word, so three words (about 96) nearly always exceed the threshold: they are summed
     * without a branch between them, and the fourth is read only for the few that pass. About three times faster than
     * the word-by-word loop with an exit after each word, with exactly the same answers. Each word has its own array
     * so that the scan streams three quarters of the window's memory, not all of it (once the window is out of the
     * cache, which another busy process on the machine soon sees to, the scan is bound by those reads).
     */
    private int newestCloseSignature(long q0, long q1, long q2, long q3, int from, int to) {
        long[] w0 = words[0];
        long[] w1 = words[1];
        long[] w2 = words[2];
        long[] w3 = words[3];
        for (int i = from; i >= to; i--) {
            int distance = Long.bitCount(w0[i] ^ q0) + Long.bitCount(w1[i] ^ q1) + Long.bitCount(w2[i] ^ q2);
            if (distance <= maxDistance && distance + Long.bitCount(w3[i] ^ q3) <= maxDistance) {
                return i;
            }
        }
        return -1;
    }

    private boolean close(int slot, long[] fingerprint) {
        int distance = 0;
        for (int w = 0; w < width; w++) {
            distance += Long.bitCount(words[w][slot] ^ fingerprint[w]);
            if (distance > maxDistance) {
                return false;
            }
        }
        return true;
    }

    /** Adds a known article (for example reloaded from the ledger) without looking anything up. */
    public synchronized void remember(long simhash, String clusterId) {
        remember(new long[] {simhash}, clusterId);
    }

    /** Adds a known article (for example reloaded from PostgreSQL) without looking anything up. */
    public synchronized void remember(long[] fingerprint, String clusterId) {
        check(fingerprint);
        int next = slot(remembered);
        for (int w = 0; w < width; w++) {
            words[w][next] = fingerprint[w];
        }
        clusters[next] = clusterId;
        remembered++;
    }

    private void check(long[] fingerprint) {
        if (fingerprint.length != width) {
            throw new IllegalArgumentException("this index holds fingerprints of " + width + " words, got " + fingerprint.length);
        }
    }
}
