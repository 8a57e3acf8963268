package io.newsflow.extraction.language;

import io.newsflow.extraction.text.Token;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a document from its script and, for Latin script, from counts of function words.
 * Deliberately simple: one pass over chars and one hash lookup per word, no model to load. Answers "und" when the
 * evidence is thin or two languages are close.
 */
public final class LanguageIdentifier {

    public static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "at",
                    "from", "his", "her", "it", "said", "has", "have", "were", "are", "which", "who", "will", "would",
                    "after", "their", "this", "an", "be", "been", "its", "than", "more", "into", "not", "but"),
            "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "qui", "que",
                    "sur", "au", "aux", "avec", "par", "il", "elle", "ont", "ete", "a", "ce", "cette", "ses", "son",
                    "leur", "selon", "mais", "pas", "ne", "se", "sont", "plus", "d", "l", "qu"),
            "es", Set.of("el", "los", "las", "del", "y", "en", "que", "por", "con", "para", "una", "es", "fue", "su",
                    "sus", "al", "como", "pero", "mas", "ha", "han", "este", "esta", "de", "la", "se", "lo", "dijo",
                    "tras", "sobre", "entre", "segun"),
            "de", Set.of("der", "die", "das", "und", "ist", "den", "dem", "des", "ein", "eine", "nicht", "mit", "auf",
                    "fur", "von", "zu", "sich", "auch", "wurde", "sind", "bei", "nach", "aus"),
            "it", Set.of("il", "della", "di", "che", "e", "è", "per", "con", "del", "una", "sono", "gli", "nel", "alla",
                    "anche", "come", "piu", "ha", "dei", "delle"),
            "pt", Set.of("o", "os", "da", "do", "das", "dos", "e", "que", "em", "para", "com", "uma", "nao", "por",
                    "foi", "ao", "mais", "como", "são", "pelo", "pela"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn",
                    "werd", "ook", "door", "bij", "naar"));

    private static final List<String> LATIN_LANGUAGES = List.copyOf(new java.util.TreeSet<>(FUNCTION_WORDS.keySet()));
    /** Function word to a bit mask of the languages it belongs to: one lookup per word. */
    private static final Map<String, Integer> LANGUAGE_MASKS = masks();
    private static final int MAX_WORDS = 400;

    private static Map<String, Integer> masks() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < LATIN_LANGUAGES.size(); i++) {
            for (String w : FUNCTION_WORDS.get(LATIN_LANGUAGES.get(i))) {
                out.merge(w, 1 << i, (a, b) -> a | b);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** What a char counts as when telling scripts apart; {@link #KINDS} holds the kind of every char. */
    private static final byte JUNK = 0;
    private static final byte NOT_LETTER = 1;
    private static final byte LATIN = 2;
    private static final byte ARABIC = 3;
    /** Arabic-script letters of Persian ("پ", "ک", "ی" ...) and of Urdu ("ٹ", "ے" ...). */
    private static final byte PERSIAN = 4;
    private static final byte URDU = 5;
    private static final byte OTHER_SCRIPT = 6;
    /** Computed once: identification looks at every char of a document, and {@link Character} is slow outside ASCII. */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            table[i] = kindOf((char) i);
        }
        return table;
    }

    private static byte kindOf(char c) {
        if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || Character.isSurrogate(c)
                || Character.getType(c) == Character.PRIVATE_USE || Character.getType(c) == Character.UNASSIGNED) {
            return JUNK;
        }
        if (!Character.isLetter(c)) {
            return NOT_LETTER;
        }
        Character.UnicodeScript script = c < 0x0250 ? Character.UnicodeScript.LATIN
                : c >= 0x0600 && c <= 0x06FF ? Character.UnicodeScript.ARABIC : Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.LATIN) {
            return LATIN;
        }
        if (script != Character.UnicodeScript.ARABIC) {
            return OTHER_SCRIPT;
        }
        if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ک' || c == 'ی') {
            return PERSIAN;
        }
        if (c == 'ٹ' || c == 'ڈ' || c == 'ڑ' || c == 'ں' || c == 'ے' || c == 'ھ') {
            return URDU;
        }
        return ARABIC;
    }

    /** Identifies the language; {@code declared} breaks near-ties between Latin-script languages. */
    public String identify(String text, List<Token> tokens, String declared) {
        int letters = 0;
        int arabic = 0;
        int persian = 0;
        int urdu = 0;
        int latin = 0;
        int junk = 0;
        Map<Character.UnicodeScript, Integer> others = new HashMap<>();
        int limit = Math.min(text.length(), 6_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            byte kind = KINDS[c];
            if (kind == JUNK) {
                junk++;
                continue;
            }
            if (kind == NOT_LETTER) {
                continue;
            }
            letters++;
            if (kind == LATIN) {
                latin++;
            } else if (kind == OTHER_SCRIPT) {
                others.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            } else {
                arabic++;
                if (kind == PERSIAN) {
                    persian++;
                } else if (kind == URDU) {
                    urdu++;
                }
            }
        }
        if (letters < 3 || junk * 10 > letters) {
            return UNDETERMINED;
        }
        if (arabic * 2 > letters) {
            if (urdu * 50 > arabic) {
                return "ur";
            }
            if (persian * 50 > arabic) {
                return "fa";
            }
            return "ar";
        }
        if (latin * 2 > letters) {
            return latinLanguage(tokens, declared);
        }
        return others.entrySet().stream()
                .filter(e -> e.getValue() * 2 > 0)
                .max(Map.Entry.comparingByValue())
                .map(e -> scriptLanguage(e.getKey()))
                .orElse(UNDETERMINED);
    }

    private static String latinLanguage(List<Token> tokens, String declared) {
        int[] counts = new int[LATIN_LANGUAGES.size()];
        int words = 0;
        for (Token t : tokens) {
            if (!t.isWord() || t.arabic) {
                continue;
            }
            words++;
            Integer mask = LANGUAGE_MASKS.get(t.key);
            if (mask != null) {
                for (int i = 0; i < counts.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        counts[i]++;
                    }
                }
            }
            if (words >= MAX_WORDS) {
                break;
            }
        }
        Map<String, Integer> hits = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                hits.put(LATIN_LANGUAGES.get(i), counts[i]);
            }
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        String hint = declared == null ? null : declared.toLowerCase(Locale.ROOT);
        boolean hintKnown = hint != null && LATIN_LANGUAGES.contains(hint);
        if (hintKnown && (hits.getOrDefault(hint, 0) * 10 >= bestHits * 8 || bestHits < 2)) {
            return hint;
        }
        if (bestHits == 1 && second == 0 && words <= 15) {
            // A headline-sized text with one function word and nothing against it.
            return best;
        }
        if (bestHits < 2 || bestHits * 4 < words / 10 || bestHits < second * 1.3) {
            return UNDETERMINED;
        }
        return best;
    }

    private static String scriptLanguage(Character.UnicodeScript script) {
        return switch (script) {
            case CYRILLIC -> "ru";
            case HAN -> "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case HEBREW -> "he";
            case GREEK -> "el";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            default -> UNDETERMINED;
        };
    }
}
