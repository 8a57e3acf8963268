package io.newsflow.extraction.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to the keys every lookup uses: lower case without accents for Latin script, and for Arabic the
 * usual orthographic normalisation (no diacritics or tatweel, one alef, ى→ي, ة→ه). One table lookup per char.
 */
public final class TextNormaliser {

    private static final int TABLE_END = 0x0250;
    private static final String[] LATIN_FOLD = new String[TABLE_END];

    static {
        for (char c = 0; c < TABLE_END; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < decomposed.length(); i++) {
                char d = decomposed.charAt(i);
                if (Character.getType(d) != Character.NON_SPACING_MARK) {
                    sb.append(Character.toLowerCase(d));
                }
            }
            LATIN_FOLD[c] = sb.toString();
        }
        LATIN_FOLD['ı'] = "i";
        LATIN_FOLD['ß'] = "ss";
        LATIN_FOLD['œ'] = "oe";
        LATIN_FOLD['Œ'] = "oe";
        LATIN_FOLD['æ'] = "ae";
        LATIN_FOLD['ø'] = "o";
        LATIN_FOLD['Ø'] = "o";
        LATIN_FOLD['ł'] = "l";
        LATIN_FOLD['Ł'] = "l";
        LATIN_FOLD['đ'] = "d";
    }

    private TextNormaliser() {
    }

    /** True for the Arabic harakat, tanwin, shadda, sukun, superscript alef and Quranic marks, and tatweel. */
    public static boolean isArabicIgnorable(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0640';
    }

    public static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF')
                || (c >= '\uFE70' && c <= '\uFEFF');
    }

    /** Arabic letter unification; other chars pass through. */
    public static char unifyArabic(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            default:
                return c;
        }
    }

    /** The lookup key of a word or phrase: Latin folded, Arabic normalised, other scripts lower-cased. */
    public static String key(CharSequence s) {
        if (s instanceof String str && isAscii(str)) {
            // ASCII folds to lower case, and toLowerCase returns the string itself when it has no capitals.
            return str.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < TABLE_END) {
                String folded = LATIN_FOLD[c];
                if (folded.length() == 1) {
                    sb.append(folded.charAt(0));
                } else {
                    sb.append(folded);
                }
            } else if (isArabic(c)) {
                if (!isArabicIgnorable(c)) {
                    sb.append(unifyArabic(c));
                }
            } else if (c == '\u2019' || c == '\u02BC') {
                sb.append('\'');
            } else if (c == '\u200E' || c == '\u200F' || c == '\u200B' || c == '\u200C' || c == '\u200D'
                    || c == '\uFEFF') {
                continue;
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Keys of each whitespace-separated word, joined by single spaces. */
    public static String phraseKey(String s) {
        StringBuilder sb = new StringBuilder();
        for (String part : s.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(key(part));
            }
        }
        return sb.toString();
    }
}
