package io.newsflow.extraction.lexicon;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Fixed, unmodifiable sets of words for the lookups the extractor makes at every token. Hash sets rather than
 * {@code Set.of}: a lookup in {@code Set.of} finds its slot by a division, in a hash set by a mask, and each document
 * costs a few dozen lookups per token.
 */
public final class WordSet {

    private WordSet() {
    }

    public static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    public static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }
}
