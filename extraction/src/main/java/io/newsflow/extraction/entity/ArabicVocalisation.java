package io.newsflow.extraction.entity;

import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.text.TextNormaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic names that differ only in their vowels and doubled letters, which every lookup key drops: "عمّان" (Amman,
 * the doubled m) and "عُمان" (Oman). When a mention is written with some of these marks, the candidate whose
 * vocalised name (ICU/CLDR and GeoNames give some) carries the same marks is the one meant.
 */
final class ArabicVocalisation {

    private static final char SHADDA = '\u0651';

    private ArabicVocalisation() {
    }

    /** True when the text carries an Arabic short vowel, tanwin, shadda or sukun. */
    static boolean vocalised(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidate the mention's marks point to, or null when they point to none more than to the first: each mark
     * of the mention found on the same letter of a candidate's vocalised name counts for it, each one a vocalised
     * name lacks counts against it. Letters are aligned from the end, since clitics are written before a name.
     */
    static CanonicalEntity preferred(String mention, List<CanonicalEntity> candidates) {
        List<String> marks = marksByLetter(mention);
        CanonicalEntity best = null;
        int bestScore = 0;
        int firstScore = Integer.MIN_VALUE;
        for (CanonicalEntity c : candidates) {
            int score = score(marks, c);
            if (firstScore == Integer.MIN_VALUE) {
                firstScore = score;
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best != null && bestScore > firstScore ? best : null;
    }

    private static int score(List<String> mentionMarks, CanonicalEntity candidate) {
        int best = 0;
        boolean any = false;
        for (String name : candidate.namesByLanguage().getOrDefault("ar", List.of())) {
            if (!vocalised(name)) {
                continue;
            }
            int s = agreement(mentionMarks, marksByLetter(name));
            best = any ? Math.max(best, s) : s;
            any = true;
        }
        return best;
    }

    private static int agreement(List<String> mention, List<String> name) {
        int score = 0;
        for (int k = 1; k <= mention.size(); k++) {
            String m = mention.get(mention.size() - k);
            if (m.isEmpty()) {
                continue;
            }
            String n = k <= name.size() ? name.get(name.size() - k) : "";
            for (int i = 0; i < m.length(); i++) {
                char mark = m.charAt(i);
                if (n.indexOf(mark) >= 0) {
                    score += mark == SHADDA ? 2 : 1;
                } else {
                    // A doubled letter is always written in vocalised text; a missing vowel may just be omitted.
                    score -= mark == SHADDA || !n.isEmpty() ? 2 : 1;
                }
            }
        }
        // A vocalised name's doubled letters that the mention, itself vocalised, does not double.
        for (int k = 1; k <= name.size() && k <= mention.size(); k++) {
            if (name.get(name.size() - k).indexOf(SHADDA) >= 0
                    && mention.get(mention.size() - k).indexOf(SHADDA) < 0) {
                score -= 1;
            }
        }
        return score;
    }

    /** The marks on each Arabic letter (after the letter unification of the lookup keys), letters only. */
    private static List<String> marksByLetter(String text) {
        List<String> out = new ArrayList<>(text.length());
        StringBuilder current = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                if (current != null) {
                    current.append(c);
                }
            } else if (TextNormaliser.isArabic(c) && !TextNormaliser.isArabicIgnorable(c) && Character.isLetter(c)) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(2);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u0652';
    }
}
