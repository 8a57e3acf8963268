package io.newsflow.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The readings of an Arabic word with its proclitics peeled off: the conjunctions و and ف, the prepositions ب ل ك
 * (لل standing for ل + ال), and the article ال. "وبالقاهرة" reads as itself, as "بالقاهرة" and as "القاهرة" (core
 * "قاهره"). A core keeps at least two letters, so short words are not reduced to nothing.
 */
public final class ArabicClitics {

    private static final int MIN_CORE = 2;
    /**
     * "وأم روابة", "وود مدني", "وتل أبيض": و before the two-letter nouns that open place names (mother, son of, hill)
     * is the conjunction, though the word has only three letters. Normalised keys.
     */
    private static final Set<String> SHORT_HEADS_AFTER_WA = Set.of("وام", "وود", "وتل");

    private ArabicClitics() {
    }

    /** Readings of one word; the whole word first. {@code key} is the normalised word. */
    public static ArabicStem[] readings(String surface, String key) {
        List<ArabicStem> out = new ArrayList<>(4);
        add(out, surface, key, 0);
        if (key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') || SHORT_HEADS_AFTER_WA.contains(key)) {
            String rest = key.substring(1);
            add(out, surface, rest, 1);
            if (rest.length() > 3 && isPreposition(rest.charAt(0))) {
                addPreposition(out, surface, rest, 1);
            }
        } else if (key.length() > 3 && isPreposition(key.charAt(0))) {
            addPreposition(out, surface, key, 0);
        }
        if (out.isEmpty()) {
            out.add(new ArabicStem(0, key, false, key));
        }
        return out.toArray(new ArabicStem[0]);
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static void addPreposition(List<ArabicStem> out, String surface, String word, int lettersBefore) {
        if (word.charAt(0) == 'ل' && word.charAt(1) == 'ل') {
            // لل: the preposition ل with the article ال whose alef is not written.
            add(out, surface, "ا" + word.substring(1), lettersBefore + 1);
        } else {
            add(out, surface, word.substring(1), lettersBefore + 1);
        }
    }

    private static void add(List<ArabicStem> out, String surface, String word, int prefixLetters) {
        boolean article = word.length() - 2 >= MIN_CORE + 1 && word.startsWith("ال");
        String core = article ? word.substring(2) : word;
        if (core.length() < MIN_CORE) {
            return;
        }
        out.add(new ArabicStem(surfaceOffset(surface, prefixLetters), core, article, word));
    }

    /** Surface chars covering {@code letters} base letters plus the marks that follow them. */
    static int surfaceOffset(String surface, int letters) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < letters) {
            if (!TextNormaliser.isArabicIgnorable(surface.charAt(i))) {
                seen++;
            }
            i++;
        }
        while (i < surface.length() && TextNormaliser.isArabicIgnorable(surface.charAt(i))) {
            i++;
        }
        return i;
    }
}
