package io.newsflow.extraction.text;

/**
 * One word, number or punctuation mark of a document, with its offsets in {@code title + "\n" + body}.
 * Arabic words carry their clitic readings ({@link ArabicStem}): the conjunction, preposition and article peeled off.
 */
public final class Token {

    /** What kind of token this is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    public final int index;
    public final int start;
    public final int end;
    public final String text;
    public final String key;
    public final Kind kind;
    public final boolean arabic;
    public final boolean capitalised;
    public final boolean allCaps;
    /** Readings of the word, the whole word first; a single reading for non-Arabic words. */
    public final ArabicStem[] stems;
    public int sentence;
    /** True when a line break, not only a space, separates this token from the previous one. */
    public boolean afterLineBreak;

    Token(int index, int start, int end, String text, String key, Kind kind, boolean arabic, boolean capitalised,
            boolean allCaps, ArabicStem[] stems) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.key = key;
        this.kind = kind;
        this.arabic = arabic;
        this.capitalised = capitalised;
        this.allCaps = allCaps;
        this.stems = stems;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** The key without clitics or article: the reading that names are indexed under. */
    public String core() {
        return stems[0].core();
    }

    @Override
    public String toString() {
        return text;
    }
}
