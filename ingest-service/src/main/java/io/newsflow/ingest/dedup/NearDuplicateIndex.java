package io.newsflow.ingest.dedup;

/**
 * Gives each new article a cluster id: the cluster of the most recent earlier article that is the same
 * story, else a new cluster named after the article itself.
 *
 * <p>It remembers the fingerprints of the last {@code capacity} articles in a ring: 64-bit SimHashes compared
 * with {@link ContentFingerprint#sameStory} ({@link #NearDuplicateIndex(int)}), or 256-bit story signatures
 * compared with {@link ContentFingerprint#sameStorySignature} ({@link #ofSignatures(int)}), which is what the
 * service uses: over thousands of remembered articles 64 bits give false matches. A lookup compares against all
 * of them (a XOR and a bit count per word: 20,000 entries take some tens of microseconds), which, unlike
 * band-based lookups, finds every pair within the threshold. Callers that must survive a restart reload the
 * recent fingerprints and cluster ids with {@link #remember}.
 */
public final class NearDuplicateIndex {

    private final int width;
    private final int maxDistance;
    private final long[] fingerprints;
    private final String[] clusters;
    private int next;
    private int size;

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
        this.fingerprints = new long[capacity * width];
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
        // Newest first: from the slot before next down to 0, then (once the ring is full) from the end down to next.
        for (int i = next - 1; i >= 0; i--) {
            if (close(i, fingerprint)) {
                return clusters[i];
            }
        }
        if (size == clusters.length) {
            for (int i = clusters.length - 1; i >= next; i--) {
                if (close(i, fingerprint)) {
                    return clusters[i];
                }
            }
        }
        return null;
    }

    private boolean close(int slot, long[] fingerprint) {
        int base = slot * width;
        int distance = 0;
        for (int w = 0; w < width; w++) {
            distance += Long.bitCount(fingerprints[base + w] ^ fingerprint[w]);
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
        System.arraycopy(fingerprint, 0, fingerprints, next * width, width);
        clusters[next] = clusterId;
        next = (next + 1) % clusters.length;
        size = Math.min(size + 1, clusters.length);
    }

    private void check(long[] fingerprint) {
        if (fingerprint.length != width) {
            throw new IllegalArgumentException("this index holds fingerprints of " + width + " words, got " + fingerprint.length);
        }
    }
}
