package io.newsflow.extraction.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which span owns each token. A name inside a longer name does not count on its own, so spans never overlap. */
final class Claims {

    private final Span[] owner;
    /** Spans allowed inside another: the country of "Iran's Foreign Ministry", which counts on its own. */
    private final List<Span> nested = new ArrayList<>();

    Claims(int tokens) {
        owner = new Span[tokens];
    }

    Span at(int i) {
        return i >= 0 && i < owner.length ? owner[i] : null;
    }

    boolean free(int from, int to) {
        for (int i = Math.max(0, from); i < to && i < owner.length; i++) {
            if (owner[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** Claims the span's tokens if they are all free; returns whether it did. */
    boolean claim(Span span) {
        if (!free(span.start, span.end)) {
            return false;
        }
        for (int i = span.start; i < span.end; i++) {
            owner[i] = span;
        }
        return true;
    }

    /** Claims the span's tokens, dropping every span that overlaps it. */
    void override(Span span) {
        for (int i = span.start; i < span.end; i++) {
            Span old = owner[i];
            if (old != null && old != span) {
                for (int k = old.start; k < old.end; k++) {
                    if (owner[k] == old) {
                        owner[k] = null;
                    }
                }
            }
        }
        for (int i = span.start; i < span.end; i++) {
            owner[i] = span;
        }
    }

    /** Frees the tokens the span owns, for a later finder to read otherwise. */
    void release(Span span) {
        for (int i = span.start; i < span.end; i++) {
            if (owner[i] == span) {
                owner[i] = null;
            }
        }
    }

    void addNested(Span span) {
        nested.add(span);
    }

    /** Every span that still owns its tokens, and the nested ones, in text order. */
    List<Span> spans() {
        List<Span> out = new ArrayList<>();
        Span last = null;
        for (Span s : owner) {
            if (s != null && s != last) {
                out.add(s);
                last = s;
            }
        }
        out.addAll(nested);
        out.sort(Comparator.comparingInt(s -> s.start));
        return out;
    }
}
