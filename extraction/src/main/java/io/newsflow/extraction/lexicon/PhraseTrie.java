package io.newsflow.extraction.lexicon;

import io.newsflow.extraction.text.ArabicStem;
import io.newsflow.extraction.text.Token;
import io.newsflow.extraction.text.Tokeniser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases (titles, trigger words, month names ...) keyed by normalised word, matched longest-first at a token.
 * Arabic words match with their conjunctions and prepositions peeled off but the article kept ("والرئيس" matches
 * "الرئيس", not "رئيس").
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

    /** A phrase found in the text: tokens [start, end) and the offset of its first char after clitics. */
    public record Match<V>(int start, int end, int startChar, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();
    private int size;

    public void put(String phrase, V value) {
        List<Token> tokens = Tokeniser.tokenise(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (Token t : tokens) {
            node = node.children.computeIfAbsent(t.key, k -> new Node<>());
        }
        if (node.value == null) {
            size++;
        }
        node.value = value;
    }

    /** The keys phrases start with: a cheap test before {@link #match}. */
    public java.util.Set<String> firstWords() {
        return WordSet.copyOf(root.children.keySet());
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> match(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        Match<V> best = null;
        for (ArabicStem stem : first.stems) {
            Node<V> node = root.children.get(stem.withArticle());
            if (node == null) {
                continue;
            }
            int startChar = first.start + stem.prefixChars();
            int j = i + 1;
            Match<V> local = node.value == null ? null : new Match<>(i, j, startChar, node.value);
            while (j < tokens.size()) {
                node = node.children.get(tokens.get(j).key);
                if (node == null) {
                    break;
                }
                j++;
                if (node.value != null) {
                    local = new Match<>(i, j, startChar, node.value);
                }
            }
            if (local != null && (best == null || local.end() > best.end())) {
                best = local;
            }
        }
        return best;
    }

    /** The value of a single word (any of its readings), or null. */
    /** The value of a one-word phrase given by its key (the normalised word with its article, if any), or null. */
    public V single(String key) {
        Node<V> node = root.children.get(key);
        return node == null ? null : node.value;
    }

    public V word(Token token) {
        for (ArabicStem stem : token.stems) {
            Node<V> node = root.children.get(stem.withArticle());
            if (node != null && node.value != null) {
                return node.value;
            }
        }
        return null;
    }
}
