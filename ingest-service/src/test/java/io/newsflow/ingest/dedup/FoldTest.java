package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass fold gives the text the regular-expression fold gave, so that story signatures stored before it still
 * match the same stories after it.
 */
class FoldTest {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARABIC_DIACRITICS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]");

    /** The fold as it was written before, with two regular expressions. */
    private static String regexFold(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = ARABIC_DIACRITICS.matcher(t).replaceAll("");
        t = t.replace('\u0623', '\u0627').replace('\u0625', '\u0627').replace('\u0622', '\u0627')
                .replace('\u0649', '\u064A').replace('\u0629', '\u0647');
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    @Test
    void foldsWireCopyAsTheRegularExpressionsDid() {
        for (String text : List.of(StoryPairs.AR_STORY, StoryPairs.AR_REWRITE, StoryPairs.AR_UNRELATED,
                StoryPairs.FR_STORY, StoryPairs.FR_REWRITE, StoryPairs.FR_UNRELATED,
                "وَقَالَ الرَّئِيسُ إِنَّ المُفَاوَضَاتِ سـتـسـتـمـر في مدينة رام الله", "Œuvre ﬁnale à Zürich, Ǆemal", "ﻻ ﷲ ﻋﻠﻰ")) {
            assertThat(ContentFingerprint.fold(text)).isEqualTo(regexFold(text));
        }
    }

    @Test
    void foldsAnyMixOfLettersAndMarksAsTheRegularExpressionsDid() {
        int[][] ranges = {{0x20, 0x7e}, {0xc0, 0x24f}, {0x300, 0x36f}, {0x600, 0x6ff}, {0x1e00, 0x1eff},
                {0xfb50, 0xfdff}, {0xfe70, 0xfeff}, {0x1d165, 0x1d169}, {0xac00, 0xac40}};
        for (String text : randomTexts(ranges, 2_000)) {
            assertThat(ContentFingerprint.fold(text)).as("fold of %s", text).isEqualTo(regexFold(text));
        }
    }

    @Test
    void foldsTextOfTableCharactersOnlyAsTheRegularExpressionsDid() {
        for (String text : randomTexts(new int[][]{{0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x370, 0x3ff}, {0x400, 0x6ff},
                {0x2000, 0x206f}}, 5_000)) {
            assertThat(ContentFingerprint.fold(text)).as("fold of %s", text).isEqualTo(regexFold(text));
        }
    }

    @Test
    void composesAsTheNormaliserDoes() {
        for (String text : randomTexts(new int[][]{{0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x600, 0x6ff},
                {0x2000, 0x206f}, {0x1100, 0x11ff}, {0xac00, 0xac40}}, 5_000)) {
            assertThat(ContentFingerprint.nfc(text)).as("NFC of %s", text)
                    .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
    }

    /** Texts of up to 40 characters drawn from the ranges (each range as likely), the same ones every run. */
    private static List<String> randomTexts(int[][] ranges, int count) {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                int[] range = ranges[random.nextInt(ranges.length)];
                int c = range[0] + random.nextInt(range[1] - range[0] + 1);
                if (Character.isDefined(c)) {
                    text.appendCodePoint(c);
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
