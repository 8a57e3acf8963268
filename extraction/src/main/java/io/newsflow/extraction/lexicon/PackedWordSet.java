package io.newsflow.extraction.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A large, fixed set of short keys held as one string and the offsets into it, for word lists of tens of thousands of
 * entries (towns.txt): a hash set of 75,000 strings costs about 6 MB of heap, this about 1 MB. Lookups are a binary
 * search, fast enough for the few candidate words per document that reach it.
 */
public final class PackedWordSet {

    private final String chars;
    private final int[] starts;

    private PackedWordSet(String chars, int[] starts) {
        this.chars = chars;
        this.starts = starts;
    }

    /** A set of {@code keys} (duplicates dropped). */
    public static PackedWordSet of(List<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        StringBuilder sb = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        String last = null;
        for (String k : sorted) {
            if (!k.equals(last)) {
                offsets.add(sb.length());
                sb.append(k);
                last = k;
            }
        }
        int[] starts = new int[offsets.size() + 1];
        for (int i = 0; i < offsets.size(); i++) {
            starts[i] = offsets.get(i);
        }
        starts[offsets.size()] = sb.length();
        return new PackedWordSet(sb.toString(), starts);
    }

    public int size() {
        return starts.length - 1;
    }

    public boolean contains(String key) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, key);
            if (c == 0) {
                return true;
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /** Compares entry {@code i} with {@code key} as {@link String#compareTo} would. */
    private int compare(int i, String key) {
        int from = starts[i];
        int len = starts[i + 1] - from;
        int n = Math.min(len, key.length());
        for (int k = 0; k < n; k++) {
            int d = chars.charAt(from + k) - key.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return len - key.length();
    }
}
