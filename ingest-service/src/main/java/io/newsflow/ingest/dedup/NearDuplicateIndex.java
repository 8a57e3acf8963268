package io.newsflow.ingest.dedup;

/**
 * Gives each new article a cluster id: the cluster of the most recent earlier article that is the same
 * story ({@link ContentFingerprint#sameStory}), else a new cluster named after the article itself.
 *
 * <p>It remembers the SimHashes of the last {@code capacity} articles in a ring. A lookup compares
 * against all of them (one XOR and one bit count each: 20,000 entries take a few microseconds), which,
 * unlike band-based lookups, finds every pair within the threshold. Callers that must survive a restart
 * reload the recent SimHashes and cluster ids from the ledger with {@link #remember}.
 */
public final class NearDuplicateIndex {

    private final long[] fingerprints;
    private final String[] clusters;
    private int next;
    private int size;

    public NearDuplicateIndex(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.fingerprints = new long[capacity];
        this.clusters = new String[capacity];
    }

    /** The cluster id for this article, remembering it for the articles that follow. */
    public synchronized String assign(String articleId, long simhash) {
        String cluster = find(simhash);
        String assigned = cluster != null ? cluster : articleId;
        remember(simhash, assigned);
        return assigned;
    }

    /** The cluster of the most recent remembered article of the same story, or null. */
    public synchronized String find(long simhash) {
        for (int k = 1; k <= size; k++) {
            int i = Math.floorMod(next - k, fingerprints.length);
            if (ContentFingerprint.sameStory(fingerprints[i], simhash)) {
                return clusters[i];
            }
        }
        return null;
    }

    /** Adds a known article (for example reloaded from the ledger) without looking anything up. */
    public synchronized void remember(long simhash, String clusterId) {
        fingerprints[next] = simhash;
        clusters[next] = clusterId;
        next = (next + 1) % fingerprints.length;
        size = Math.min(size + 1, fingerprints.length);
    }
}
