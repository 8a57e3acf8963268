package io.newsflow.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a document into tokens and sentences in one pass, without regular expressions. Words keep inner hyphens
 * ("Saint-Louis", "al-Saadi"); numbers keep inner dots and commas ("6.1"); every other mark is its own token.
 */
public final class Tokeniser {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "st", "jr", "sr", "no",
            "lt", "col", "capt", "sgt", "maj", "gov", "sen", "rep", "prof", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "m", "mme", "mlle", "vs", "etc", "inc", "ltd", "co", "corp", "av",
            "bd", "cf", "p", "art", "mgr");

    /** Char properties, one bit each in {@link #PROPERTIES}. */
    private static final int SPACE = 1;
    private static final int WORD = 1 << 1;
    private static final int LETTER_LIKE = 1 << 2;
    private static final int DIGIT = 1 << 3;
    private static final int UPPER = 1 << 4;
    private static final int LOWER = 1 << 5;
    private static final byte[] PROPERTIES = properties();

    private Tokeniser() {
    }

    public static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        int sentence = 0;
        boolean lineBreak = true;
        boolean newSentence = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029') {
                lineBreak = true;
                newSentence = true;
                i++;
                continue;
            }
            if (is(c, SPACE)) {
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (is(c, WORD)) {
                boolean digitsOnly = true;
                while (i < n) {
                    char d = text.charAt(i);
                    if (is(d, WORD)) {
                        if (!is(d, DIGIT)) {
                            digitsOnly = false;
                        }
                        i++;
                    } else if ((d == '-' || d == '\u2011') && i + 1 < n && is(text.charAt(i + 1), LETTER_LIKE)
                            && i > start && is(text.charAt(i - 1), LETTER_LIKE)) {
                        i++;
                    } else if ((d == '.' || d == ',') && digitsOnly && i + 1 < n && is(text.charAt(i + 1), DIGIT)
                            && i > start && is(text.charAt(i - 1), DIGIT)) {
                        i++;
                    } else {
                        break;
                    }
                }
                kind = digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD;
            } else {
                i += Character.charCount(text.codePointAt(i));
                kind = Token.Kind.PUNCT;
            }
            if (newSentence && !tokens.isEmpty()) {
                sentence++;
            }
            String surface = text.substring(start, i);
            Token token = build(tokens.size(), start, i, surface, kind);
            token.sentence = sentence;
            token.afterLineBreak = lineBreak;
            tokens.add(token);
            lineBreak = false;
            newSentence = kind == Token.Kind.PUNCT && endsSentence(tokens, text, i);
        }
        return tokens;
    }

    private static boolean endsSentence(List<Token> tokens, String text, int after) {
        Token last = tokens.get(tokens.size() - 1);
        String t = last.text;
        if (t.equals("!") || t.equals("?") || t.equals("؟") || t.equals("…")) {
            return true;
        }
        if (!t.equals(".")) {
            return false;
        }
        if (after < text.length() && !Character.isWhitespace(text.charAt(after)) && text.charAt(after) != '"'
                && text.charAt(after) != '»' && text.charAt(after) != '”') {
            return false;
        }
        if (tokens.size() >= 2) {
            Token prev = tokens.get(tokens.size() - 2);
            if (prev.isWord() && !prev.arabic && prev.end == last.start) {
                if (prev.text.length() == 1 && Character.isUpperCase(prev.text.charAt(0))) {
                    return false;
                }
                if (ABBREVIATIONS.contains(prev.key) && prev.capitalised) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u202A' || c == '\u202B' || c == '\u202C' || c == '\u202D'
                || c == '\u202E' || c == '\u2066' || c == '\u2067' || c == '\u2068' || c == '\u2069' || c == '\uFEFF'
                || c == '\u200B' || c == '\u061C' || (c < 0x20);
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || c == '\u0640'
                || c == '\u200C' || c == '\u200D';
    }

    private static boolean isLetterLike(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean is(char c, int property) {
        return (PROPERTIES[c] & property) != 0;
    }

    /** The char tests above for every char, computed once: the tokeniser looks at every char of every document. */
    private static byte[] properties() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int p = 0;
            p |= Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c) ? SPACE : 0;
            p |= isWordChar(c) ? WORD : 0;
            p |= isLetterLike(c) ? LETTER_LIKE : 0;
            p |= Character.isDigit(c) ? DIGIT : 0;
            p |= Character.isUpperCase(c) ? UPPER : 0;
            p |= Character.isLowerCase(c) ? LOWER : 0;
            table[i] = (byte) p;
        }
        return table;
    }

    private static Token build(int index, int start, int end, String surface, Token.Kind kind) {
        String key = TextNormaliser.key(surface);
        boolean arabic = false;
        boolean hasUpper = false;
        boolean hasLower = false;
        for (int k = 0; k < surface.length(); k++) {
            char c = surface.charAt(k);
            if (TextNormaliser.isArabic(c)) {
                arabic = true;
            } else if (is(c, UPPER)) {
                hasUpper = true;
            } else if (is(c, LOWER)) {
                hasLower = true;
            }
        }
        boolean capitalised = !surface.isEmpty() && is(surface.charAt(0), UPPER);
        boolean allCaps = hasUpper && !hasLower;
        ArabicStem[] stems = arabic && kind == Token.Kind.WORD
                ? ArabicClitics.readings(surface, key)
                : new ArabicStem[] {new ArabicStem(0, key, false, key)};
        return new Token(index, start, end, surface, key, kind, arabic, capitalised, allCaps, stems);
    }
}
