package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass word collector gives exactly the words, weights and hashes of the regex-and-map definition. */
class ContentWordsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = {0L, 0x9E3779B97F4A7C15L, 0x3C6EF372FE94F82AL, 0xDAA66D2C7DDF743FL};

    /** The definition: runs of letters and numbers, longer than one character, weighted by occurrences up to 3. */
    private static Map<String, Integer> expected(String folded, Set<String> stopwords) {
        Map<String, Integer> words = new HashMap<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            String w = m.group();
            if (w.length() > 1 && !stopwords.contains(w)) {
                words.merge(w, 1, (a, b) -> Math.min(3, a + b));
            }
        }
        return words;
    }

    private static Map<String, Integer> collected(String folded, Set<String> stopwords) {
        ContentWords words = ContentWords.of(folded, SEEDS, new ContentWords.Stopwords(stopwords, SEEDS));
        Map<Long, Integer> byHash = new HashMap<>();
        for (int w = 0; w < words.size(); w++) {
            byHash.put(words.hash(0, w), words.weight(w));
        }
        Map<String, Integer> byWord = new HashMap<>();
        for (String w : expected(folded, stopwords).keySet()) {
            byWord.put(w, byHash.get(fnv(w.getBytes(StandardCharsets.UTF_8), SEEDS[0])));
        }
        assertThat(words.size()).isEqualTo(byWord.size());
        assertThat(words.totalWeight()).isEqualTo(byWord.values().stream().mapToInt(Integer::intValue).sum());
        for (int w = 0; w < words.size(); w++) {
            for (int s = 1; s < SEEDS.length; s++) {
                assertThat(words.hash(s, w)).isNotEqualTo(words.hash(0, w));
            }
        }
        return byWord;
    }

    /** FNV-1a over the bytes, then the SplitMix64 finaliser: the feature hash, written out plainly. */
    private static long fnv(byte[] bytes, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h;
    }

    @Test
    void wordsWeightsAndHashesAreThoseOfTheRegexDefinition() {
        Set<String> stopwords = Set.of("the", "of", "في", "été");
        String[] texts = {
                "",
                "the quake the quake quake quake of x y 12 12",
                "séisme été séisme l'italie 2016 ① ½ ⅳ",
                "زلزال في وسط ايطاليا زلزال زلزال زلزال",
                "𝐀𝐁 math letters, emoji 😀 between, 日本語 text",
        };
        for (String text : texts) {
            assertThat(collected(text, stopwords)).as(text).isEqualTo(expected(text, stopwords));
        }
    }

    @Test
    void manyWordsGrowTheCollectorWithoutLosingAny() {
        Set<String> stopwords = Set.of("the", "ab");
        SplittableRandom random = new SplittableRandom(5);
        String pool = "abcdéfgz0123 ,.ابتجзжш日\n";
        for (int t = 0; t < 200; t++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            String s = text.toString();
            assertThat(collected(s, stopwords)).as(s).isEqualTo(expected(s, stopwords));
        }
    }
}
