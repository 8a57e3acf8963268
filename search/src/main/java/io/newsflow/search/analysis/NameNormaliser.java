package io.newsflow.search.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises a name for exact and prefix matching across spellings: NFKC, lower case, no diacritics (Latin and
 * Arabic), Arabic letter variants folded (أ إ آ ٱ to ا, ى to ي, ة to ه), no tatweel, single spaces.
 */
public final class NameNormaliser {

    private NameNormaliser() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u200f' || c == '\u200e') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064a';
                case '\u0629' -> '\u0647';
                default -> c;
            });
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
