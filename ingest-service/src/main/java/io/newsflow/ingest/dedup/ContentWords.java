package io.newsflow.ingest.dedup;

import java.util.Arrays;
import java.util.Collection;

/**
 * The distinct content words of a folded text, each with its weight (occurrences, at most 3) and its
 * {@value #SEEDS_COUNT} seeded 64-bit hashes, collected in one pass over the text.
 *
 * <p>Why not a {@code Map<String, Integer>} of substrings: that made a String, a byte array and a boxed count per
 * word, and hashed each word's bytes once per seed. Here a word is a range of the folded text; its UTF-8 bytes are
 * fed to the four FNV-1a chains in the same loop (four independent multiplications per byte instead of one chain
 * after the other), and equal words are found through those hashes and then compared character by character, so
 * the words and their weights are exactly those of the substring map.
 */
final class ContentWords {

    /** Seeded hashes per word: one per story signature word. */
    static final int SEEDS_COUNT = 4;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final String text;
    private final long[] seeds;
    private final Stopwords stopwords;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] weights = new int[64];
    /** hashes[seed * capacity + word]. */
    private long[] hashes = new long[64 * SEEDS_COUNT];
    private int[] slots = new int[128];
    private int size;
    private int total;
    private final long[] scratch = new long[SEEDS_COUNT];

    private ContentWords(String text, long[] seeds, Stopwords stopwords) {
        this.text = text;
        this.seeds = seeds;
        this.stopwords = stopwords;
    }

    /**
     * The content words of an already folded text: the runs of letters and numbers ({@code [\p{L}\p{N}]+}) longer
     * than one character that are not stop words.
     */
    static ContentWords of(String folded, long[] seeds, Stopwords stopwords) {
        ContentWords words = new ContentWords(folded, seeds, stopwords);
        words.collect();
        return words;
    }

    /** Distinct words. */
    int size() {
        return size;
    }

    /** The sum of the weights. */
    int totalWeight() {
        return total;
    }

    int weight(int word) {
        return weights[word];
    }

    long hash(int seed, int word) {
        return hashes[seed * weights.length + word];
    }

    private void collect() {
        String t = text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n) {
                char c = t.charAt(i);
                if (c < 0x80) {
                    if (!isAsciiWordChar(c)) {
                        break;
                    }
                    i++;
                } else {
                    int cp = t.codePointAt(i);
                    if (!isWordCodePoint(cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
            }
            if (i > start) {
                if (i - start > 1) {
                    add(start, i);
                }
            } else {
                i += Character.charCount(t.codePointAt(i));
            }
        }
    }

    private void add(int start, int end) {
        hashRange(text, start, end, seeds, scratch);
        long key = scratch[0];
        if (stopwords.contains(key, text, start, end)) {
            return;
        }
        int mask = slots.length - 1;
        int slot = (int) key & mask;
        while (slots[slot] != 0) {
            int word = slots[slot] - 1;
            if (hashes[word] == key && sameRange(word, start, end)) {
                if (weights[word] < 3) {
                    weights[word]++;
                    total++;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == weights.length) {
            grow();
            add(start, end);
            return;
        }
        int word = size++;
        starts[word] = start;
        ends[word] = end;
        weights[word] = 1;
        total++;
        int capacity = weights.length;
        for (int s = 0; s < SEEDS_COUNT; s++) {
            hashes[s * capacity + word] = scratch[s];
        }
        slots[slot] = word + 1;
    }

    private boolean sameRange(int word, int start, int end) {
        int length = end - start;
        return ends[word] - starts[word] == length && text.regionMatches(starts[word], text, start, length);
    }

    private void grow() {
        int old = weights.length;
        int capacity = old * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        weights = Arrays.copyOf(weights, capacity);
        long[] grown = new long[capacity * SEEDS_COUNT];
        for (int s = 0; s < SEEDS_COUNT; s++) {
            System.arraycopy(hashes, s * old, grown, s * capacity, size);
        }
        hashes = grown;
        slots = new int[capacity * 2];
        int mask = slots.length - 1;
        for (int w = 0; w < size; w++) {
            int slot = (int) hashes[w] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = w + 1;
        }
    }

    /**
     * FNV-1a over the UTF-8 bytes of {@code text[start, end)} from each seed's start value, then the SplitMix64
     * finaliser, into {@code out}. The range holds whole code points (a word never holds a lone surrogate), so these
     * are the bytes {@code String.getBytes(UTF_8)} gives.
     */
    static void hashRange(String text, int start, int end, long[] seeds, long[] out) {
        long h0 = FNV_OFFSET ^ seeds[0];
        long h1 = FNV_OFFSET ^ seeds[1];
        long h2 = FNV_OFFSET ^ seeds[2];
        long h3 = FNV_OFFSET ^ seeds[3];
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c < 0x80) {
                h0 = (h0 ^ c) * FNV_PRIME;
                h1 = (h1 ^ c) * FNV_PRIME;
                h2 = (h2 ^ c) * FNV_PRIME;
                h3 = (h3 ^ c) * FNV_PRIME;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int length = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            for (int k = 0; k < length; k++) {
                int b = utf8Byte(cp, length, k);
                h0 = (h0 ^ b) * FNV_PRIME;
                h1 = (h1 ^ b) * FNV_PRIME;
                h2 = (h2 ^ b) * FNV_PRIME;
                h3 = (h3 ^ b) * FNV_PRIME;
            }
        }
        out[0] = finish(h0);
        out[1] = finish(h1);
        out[2] = finish(h2);
        out[3] = finish(h3);
    }

    /** Byte {@code k} (0-based) of the {@code length}-byte UTF-8 encoding of {@code cp}, as an unsigned value. */
    private static int utf8Byte(int cp, int length, int k) {
        if (k == 0) {
            return switch (length) {
                case 2 -> 0xC0 | (cp >>> 6);
                case 3 -> 0xE0 | (cp >>> 12);
                default -> 0xF0 | (cp >>> 18);
            };
        }
        return 0x80 | ((cp >>> (6 * (length - 1 - k))) & 0x3F);
    }

    private static long finish(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit, letter number or other number. */
    static boolean isWordCodePoint(int cp) {
        if (cp < 0x80) {
            return isAsciiWordChar((char) cp);
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Folded stop words in an open-addressed table keyed by the first seeded hash, which every word has computed
     * anyway; a hit is confirmed character by character. A sorted array and a binary search cost about as much as the
     * rest of the word put together.
     */
    static final class Stopwords {

        private final long[] keys;
        private final String[] words;

        Stopwords(Collection<String> folded, long[] seeds) {
            int capacity = Integer.highestOneBit(Math.max(16, folded.size() * 4) - 1) << 1;
            keys = new long[capacity];
            words = new String[capacity];
            long[] out = new long[SEEDS_COUNT];
            for (String word : folded) {
                hashRange(word, 0, word.length(), seeds, out);
                int slot = (int) out[0] & (capacity - 1);
                while (words[slot] != null) {
                    slot = (slot + 1) & (capacity - 1);
                }
                keys[slot] = out[0];
                words[slot] = word;
            }
        }

        boolean contains(long key, String text, int start, int end) {
            int mask = keys.length - 1;
            for (int slot = (int) key & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    String w = words[slot];
                    if (w.length() == end - start && text.regionMatches(start, w, 0, w.length())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
