package io.newsflow.ingest.dedup;

import io.newsflow.contracts.NormalisedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fingerprints of an article's text for the two kinds of duplicate a wire desk sees.
 *
 * <ul>
 * <li>{@link #contentHash}: exact re-submissions. SHA-256 over headline and body after Unicode (NFC)
 * normalisation and whitespace collapsing, so a re-sent item with other line breaks or indentation
 * hashes the same and any change of wording does not.</li>
 * <li>{@link #simhash}: near-duplicates, the same story rewritten by another source. A 64-bit SimHash
 * (Charikar) over the content words (1-shingles) of headline and body, with case, accents, Arabic
 * diacritics and letter variants folded and common function words of Arabic, English and French left
 * out. Word pairs (2-shingles) were tried and left out: a rewrite changes the sentences, so pairs
 * pushed rewrites as far apart as unrelated stories. Two texts are the same story when their
 * {@link #hammingDistance} is at most {@link #SAME_STORY_MAX_DISTANCE}.</li>
 * </ul>
 *
 * <p>Why {@value #SAME_STORY_MAX_DISTANCE}: a copy with small edits differs in a few bits; a rewrite by
 * another agency that keeps the names, numbers and most content words but changes the sentences
 * differed in 6 (French), 12 (English) and 18 (Arabic) bits in the pairs of
 * {@code ContentFingerprintTest}; unrelated stories differ in about half of the 64 bits, and the 45
 * pairs of the shared eval set were 23 to 41 apart (23 for an update of the same quake story). 20
 * keeps the rewrites together with a margin and stays under the unrelated ones. Its cost: two random
 * unrelated texts come within 20 bits about once in a thousand pairs, so callers compare only with
 * recent articles (a news cycle) of the same language: one bounded {@link NearDuplicateIndex} per language.
 */
public final class ContentFingerprint {

    /** The largest Hamming distance between two SimHashes of the same story. */
    public static final int SAME_STORY_MAX_DISTANCE = 20;
    /** The fewest distinct content words a text needs for {@link #storySignature}. */
    public static final int MIN_STORY_WORDS = 4;
    /** 64-bit words in a story signature. */
    public static final int SIGNATURE_LONGS = 4;
    /** The largest distance (of 256 bits) between the story signatures of the same story. */
    public static final int SAME_STORY_MAX_SIGNATURE_DISTANCE = 84;
    /** One seed per signature word; 0 keeps the first word equal to {@link #simhash(NormalisedArticle)}. */
    private static final long[] SEEDS = {0L, 0x9E3779B97F4A7C15L, 0x3C6EF372FE94F82AL, 0xDAA66D2C7DDF743FL};

    private static final ContentWords.Stopwords STOPWORDS = new ContentWords.Stopwords(stopwords(), SEEDS);

    private ContentFingerprint() {
    }

    /** SHA-256 (hex) of the normalised headline and body: equal for identical re-submissions. */
    public static String contentHash(NormalisedArticle article) {
        String text = normaliseForHash(article.headline()) + "\n" + normaliseForHash(article.body());
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The SimHash of the article's headline and body. */
    public static long simhash(NormalisedArticle article) {
        return simhash((article.headline() == null ? "" : article.headline()) + "\n"
                + (article.body() == null ? "" : article.body()));
    }

    /**
     * The story signature of an article with enough text to be compared (at least {@value #MIN_STORY_WORDS}
     * distinct content words; shorter texts, a kill or a bare two-word headline, would fall near too many others):
     * {@value #SIGNATURE_LONGS} SimHashes of the same words under independent hash functions, 256 bits, the first
     * being {@link #simhash(NormalisedArticle)} itself. Compare two with {@link #sameStorySignature}.
     *
     * <p>Why 256 bits and not 64: an index compares a new article with thousands of recent ones, and two unrelated
     * texts fall within 20 of 64 bits about twice in a thousand pairs, so with 64 bits nearly every article found a
     * false "same story" among 20,000 (measured: 30 of 20,000 random texts matched one short English story). Within
     * {@value #SAME_STORY_MAX_SIGNATURE_DISTANCE} of 256 bits, random pairs match about once in 10^8, while the
     * rewrites of the tests stay at 33 (fr), 56 (ar) and 75 (en) and the eval set's closest different articles (an
     * update of the same quake story) are 95 apart.
     */
    public static Optional<long[]> storySignature(NormalisedArticle article) {
        String text = (article.headline() == null ? "" : article.headline()) + "\n"
                + (article.body() == null ? "" : article.body());
        ContentWords words = contentWords(text);
        if (words.size() < MIN_STORY_WORDS) {
            return Optional.empty();
        }
        long[] signature = new long[SIGNATURE_LONGS];
        for (int k = 0; k < SIGNATURE_LONGS; k++) {
            signature[k] = simhash(words, k);
        }
        return Optional.of(signature);
    }

    /** The number of bits in which two story signatures differ (0 to 256). */
    public static int signatureDistance(long[] a, long[] b) {
        int distance = 0;
        for (int k = 0; k < SIGNATURE_LONGS; k++) {
            distance += Long.bitCount(a[k] ^ b[k]);
        }
        return distance;
    }

    /** True when two story signatures are close enough to be the same story. */
    public static boolean sameStorySignature(long[] a, long[] b) {
        return signatureDistance(a, b) <= SAME_STORY_MAX_SIGNATURE_DISTANCE;
    }

    /** A 64-bit SimHash of the text's content words; 0 for a text without words. */
    public static long simhash(String text) {
        ContentWords words = contentWords(text);
        return words.size() == 0 ? 0L : simhash(words, 0);
    }

    /**
     * Charikar's SimHash: bit b is set when the features whose hash has b set outweigh those whose hash has it clear,
     * that is when their weight is more than half the total. The 64 per-bit sums are kept bit-sliced (plane p holds
     * bit p of all 64 sums), so adding a feature's hash is a few word operations instead of 64 additions, and the
     * final comparison with half the total runs plane by plane. Same result as summing bit by bit.
     */
    private static long simhash(ContentWords words, int seed) {
        long[] planes = new long[32];
        long total = words.totalWeight();
        for (int f = 0; f < words.size(); f++) {
            long h = words.hash(seed, f);
            int w = words.weight(f);
            for (int r = 0; r < w; r++) {
                long carry = h;
                for (int p = 0; carry != 0; p++) {
                    long next = planes[p] & carry;
                    planes[p] ^= carry;
                    carry = next;
                }
            }
        }
        // sum > total / 2 holds exactly when sum > floor(total / 2); compared from the most significant plane down
        long half = total >>> 1;
        long greater = 0L;
        long equal = -1L;
        for (int p = planes.length - 1; p >= 0; p--) {
            if (((half >>> p) & 1L) == 1L) {
                equal &= planes[p];
            } else {
                greater |= equal & planes[p];
                equal &= ~planes[p];
            }
        }
        return greater;
    }

    /** The number of bits in which two fingerprints differ (0 to 64). */
    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** True when two SimHashes are close enough to be the same story. */
    public static boolean sameStory(long a, long b) {
        return hammingDistance(a, b) <= SAME_STORY_MAX_DISTANCE;
    }

    /** The SimHash as the fixed-width hex text used in events and the ledger. */
    public static String toHex(long simhash) {
        return HexFormat.of().toHexDigits(simhash);
    }

    /**
     * The content words of the folded text (case, accents, Arabic diacritics and letter variants folded; words of one
     * character and stop words left out), weighted by occurrences (at most 3, so no word dominates).
     */
    static ContentWords contentWords(String text) {
        return ContentWords.of(text == null ? "" : fold(text), SEEDS, STOPWORDS);
    }

    /**
     * Lower case, compatibility forms (NFKC), then in one pass over the decomposed text (NFD): every combining mark
     * dropped (Latin accents, Arabic diacritics, and the hamza or madda of أ إ آ ؤ ئ, which leaves ا و ي), the
     * tatweel dropped, ى read as ي and ة as ه.
     *
     * <p>Text made only of the characters of {@link Folds} (Latin, Arabic and the common punctuation of wire copy)
     * is folded character by character through that table, which gives the same text without normalising the whole
     * of it three times; other text is normalised.
     */
    static String fold(String text) {
        if (isAscii(text)) {
            // Nothing to normalise, no accents, no Arabic: the common case of English copy, and much cheaper.
            return text.toLowerCase(Locale.ROOT);
        }
        char[] out = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = Folds.single(c);
            if (folded != Folds.NOT_SINGLE) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, 2 * length + 4);
                }
                out[length++] = folded;
                continue;
            }
            String longer = Folds.of(c);
            if (longer == null) {
                return foldByNormalising(text);
            }
            if (length + longer.length() > out.length) {
                out = Arrays.copyOf(out, 2 * (length + longer.length()));
            }
            longer.getChars(0, longer.length(), out, length);
            length += longer.length();
        }
        return new String(out, 0, length);
    }

    static String foldByNormalising(String text) {
        String t = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c) || c == '\u0640') {
                continue;
            }
            out.appendCodePoint(c == '\u0649' ? '\u064A' : c == '\u0629' ? '\u0647' : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The text in Unicode's composed form (NFC), read through {@link Folds} when it is so already. */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Folds.composed(text.charAt(i))) {
                return Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * The characters whose fold does not depend on their neighbours, with their folds: Latin (U+0000 to U+024F),
     * the combining diacritics, Cyrillic, Armenian, Hebrew and Arabic (U+0300 to U+06FF, without Greek, whose
     * capital sigma lower-cases by its place in the word), and general punctuation (U+2000 to U+206F). For these,
     * the fold of a text is the folds of its characters in turn, because every combining mark is dropped and what
     * is left of each character composes with nothing (FoldTest compares both ways on random text). Also which of
     * them are composed (NFC) whatever their neighbours: not marks, and their own NFC.
     */
    private static final class Folds {

        /** What {@link #single} answers for a character whose fold is not one character. */
        static final char NOT_SINGLE = '\uFFFF';

        private static final int END = 0x2070;
        private static final String[] FOLDED = new String[END];
        private static final char[] SINGLE = new char[END];
        private static final boolean[] COMPOSED = new boolean[END];

        static {
            Arrays.fill(SINGLE, NOT_SINGLE);
            for (int c = 0; c < END; c++) {
                boolean latinOrArabic = c < 0x0700 && (c < 0x0370 || c > 0x03FF);
                if (latinOrArabic || c >= 0x2000) {
                    String alone = String.valueOf((char) c);
                    FOLDED[c] = foldByNormalising(alone);
                    if (FOLDED[c].length() == 1) {
                        SINGLE[c] = FOLDED[c].charAt(0);
                    }
                    COMPOSED[c] = !isMark(c) && Normalizer.normalize(alone, Normalizer.Form.NFC).equals(alone);
                }
            }
        }

        /** The fold of {@code c} in any text when it is one character, else {@link #NOT_SINGLE}. */
        static char single(char c) {
            return c < END ? SINGLE[c] : NOT_SINGLE;
        }

        /** The fold of {@code c} in any text, or null when it depends on the text. */
        static String of(char c) {
            return c < END ? FOLDED[c] : null;
        }

        /** True when {@code c} is composed whatever surrounds it. */
        static boolean composed(char c) {
            return c < END && COMPOSED[c];
        }
    }

    /** A combining mark, as {@code \p{M}}: non-spacing, spacing or enclosing. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String normaliseForHash(String s) {
        if (s == null) {
            return "";
        }
        return collapseWhitespace(isAscii(s) ? s : nfc(s)).strip();
    }

    /** Each run of whitespace (space, tab, newline, vertical tab, form feed, return) as one space, as {@code \s+}. */
    private static String collapseWhitespace(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isRegexSpace(s.charAt(end))) {
                end++;
            }
            if (out == null) {
                if (c == ' ' && end == i + 1) {
                    continue; // a single plain space: nothing to change yet
                }
                out = new StringBuilder(n).append(s, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> stopwords() {
        String english = "the a an and or but of to in on at by for with from as is are was were be been being it its"
                + " this that these those he she they we you his her their our has have had will would can could not no"
                + " said says also after before over into about than then there which who whom what when where while"
                + " more most some any all other new one two";
        String french = "le la les un une des du de d l et ou mais en au aux dans sur sous par pour avec sans ce cet"
                + " cette ces il elle ils elles on nous vous son sa ses leur leurs qui que quoi dont est sont etait ete"
                + " etre a ont avait avaient sera ne pas plus se s y lors apres avant selon ainsi comme tres deux";
        String arabic = "في من الى إلى على عن مع هذا هذه ذلك تلك التي الذي الذين ان أن إن كان كانت قد لم لن ما لا"
                + " او أو ثم كما بعد قبل حتى بين عند اليوم امس أمس وقال قال وقالت قالت حيث خلال ضد نحو وفي ومن وعلى"
                + " وان وأن به بها له لها فيه فيها منذ كل";
        Set<String> words = new HashSet<>();
        for (String list : List.of(english, french, arabic)) {
            for (String w : list.split(" ")) {
                if (!w.isBlank()) {
                    words.add(fold(w));
                }
            }
        }
        return Set.copyOf(words);
    }
}
