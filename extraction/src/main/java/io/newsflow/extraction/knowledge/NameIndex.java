package io.newsflow.extraction.knowledge;

import io.newsflow.extraction.text.Token;
import io.newsflow.extraction.text.Tokeniser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over the token keys of every name in the knowledge base. Arabic names are indexed under their cores
 * (article removed), so "القاهرة", "بالقاهرة" and "والقاهرة" all reach Cairo. Lookup cost is one hash probe per token.
 */
public final class NameIndex {

    private static final int FIRST_WORD_BUCKETS = 1 << 18;

    /** A name of an entity as written in the knowledge base. */
    public record Entry(CanonicalEntity entity, int rank, boolean capitalised, boolean acronym, boolean arabic,
            boolean article, int tokens) {
    }

    /** One trie node: children by token key, and the entries whose name ends here. */
    public static final class Node {
        private Map<String, Node> children;
        private List<Entry> entries;

        public Node child(String key) {
            return children == null ? null : children.get(key);
        }

        public List<Entry> entries() {
            return entries == null ? List.of() : entries;
        }

        Node childOrNew(String key) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(key, k -> new Node());
        }

        void add(Entry e) {
            if (entries == null) {
                entries = new ArrayList<>(1);
            }
            for (int k = 0; k < entries.size(); k++) {
                Entry existing = entries.get(k);
                if (existing.entity().id().equals(e.entity().id())) {
                    // "CEDEAO" and "Cédéao" share a key: an acronym gives way to the written-out form, a lower-case
                    // form ("centre") to the capitalised one ("Centre").
                    if (existing.acronym() && !e.acronym() || !existing.capitalised() && e.capitalised() && !e.acronym()) {
                        entries.set(k, e);
                    }
                    return;
                }
            }
            entries.add(e);
        }
    }

    private final Node root = new Node();
    /**
     * One bit per hash bucket of the first words of names. Most words start no name; the bits, small enough to stay
     * in the processor's cache, say so without a probe into the root's large map (tens of thousands of words).
     */
    private final long[] firstWordBits = new long[FIRST_WORD_BUCKETS / Long.SIZE];
    /** First words of Latin-script names written with a lower-case initial ("mer Rouge", "al-Qaeda"). */
    private final java.util.Set<String> lowercaseStarts = new java.util.HashSet<>();

    /** Whether a lower-case Latin word can start a name at all; most cannot, which saves the lookup. */
    public boolean lowercaseStart(String key) {
        return lowercaseStarts.contains(key);
    }

    void add(CanonicalEntity entity, int rank, String name) {
        List<Token> tokens = Tokeniser.tokenise(name);
        if (tokens.isEmpty()) {
            return;
        }
        int bucket = firstWordBucket(tokens.get(0).core());
        firstWordBits[bucket / Long.SIZE] |= 1L << bucket;
        Node node = root;
        boolean arabic = false;
        for (Token t : tokens) {
            node = node.childOrNew(t.core());
            arabic |= t.arabic;
        }
        Token first = tokens.get(0);
        if (!first.arabic && !first.capitalised) {
            lowercaseStarts.add(first.core());
        }
        boolean acronym = tokens.stream().allMatch(t -> !t.isWord() || t.allCaps || !t.capitalised && t.text.length() <= 1)
                && tokens.stream().filter(Token::isWord).mapToInt(t -> t.text.length()).sum() <= 6
                && tokens.stream().anyMatch(t -> t.allCaps);
        node.add(new Entry(entity, rank, first.capitalised, acronym, arabic, first.stems[0].article(), tokens.size()));
    }

    public Node root() {
        return root;
    }

    /** The node of names starting with this token key, or null when none does. */
    public Node start(String key) {
        int bucket = firstWordBucket(key);
        if ((firstWordBits[bucket / Long.SIZE] & 1L << bucket) == 0) {
            return null;
        }
        return root.child(key);
    }

    private static int firstWordBucket(String key) {
        int h = key.hashCode();
        return (h ^ h >>> 16) & (FIRST_WORD_BUCKETS - 1);
    }
}
