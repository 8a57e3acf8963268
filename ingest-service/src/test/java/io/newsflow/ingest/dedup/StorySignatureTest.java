package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 256-bit story signature keeps rewrites together and, unlike one 64-bit SimHash, unrelated texts apart at scale. */
class StorySignatureTest {

    private static NormalisedArticle article(String text) {
        String[] parts = text.split("\n", 2);
        return new NormalisedArticle("a", 1, Instant.EPOCH, Instant.EPOCH, PubStatus.USABLE, null, "en", parts[0],
                parts.length > 1 ? parts[1] : null, null, null, null, "json", List.of(), List.of(), List.of(), null,
                List.of(), false, null, null, null);
    }

    private static long[] signature(String text) {
        return ContentFingerprint.storySignature(article(text)).orElseThrow();
    }

    @Test
    void rewritesAreTheSameStoryAndUnrelatedStoriesAreNot() {
        String[][] stories = {
                {StoryPairs.EN_STORY, StoryPairs.EN_REWRITE, StoryPairs.EN_UNRELATED},
                {StoryPairs.FR_STORY, StoryPairs.FR_REWRITE, StoryPairs.FR_UNRELATED},
                {StoryPairs.AR_STORY, StoryPairs.AR_REWRITE, StoryPairs.AR_UNRELATED}};
        for (String[] s : stories) {
            assertThat(ContentFingerprint.sameStorySignature(signature(s[0]), signature(s[1]))).isTrue();
            assertThat(ContentFingerprint.sameStorySignature(signature(s[0]), signature(s[2]))).isFalse();
            assertThat(ContentFingerprint.sameStorySignature(signature(s[1]), signature(s[2]))).isFalse();
        }
    }

    @Test
    void firstWordIsTheSimHash() {
        NormalisedArticle a = article(StoryPairs.EN_STORY);
        assertThat(ContentFingerprint.storySignature(a).orElseThrow()[0]).isEqualTo(ContentFingerprint.simhash(a));
    }

    @Test
    void shortTextsHaveNoSignature() {
        assertThat(ContentFingerprint.storySignature(article("Breaking news"))).isEmpty();
    }

    @Test
    void aShortStoryFindsNoFalseTwinAmongTwentyThousandUnrelatedTexts() {
        long[] story = signature("Harbour workers strike in Valletta over pay\n"
                + "Dock workers in Valletta walked out on Monday over pay and conditions at the port.");
        SplittableRandom random = new SplittableRandom(7);
        String[] words = new String[4000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                w.append("bcdfghklmnprstvz".charAt(random.nextInt(16))).append("aeiou".charAt(random.nextInt(5)));
            }
            words[i] = w.toString();
        }
        NearDuplicateIndex index = NearDuplicateIndex.ofSignatures(20_000);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder("Item ").append(i).append('\n');
            for (int k = 0; k < 40; k++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            index.remember(signature(text.toString()), "random-" + i);
        }
        assertThat(index.find(story)).isNull();
    }

    /**
     * article_state keeps the signatures and content hashes of earlier articles, and new ones are compared with them
     * after a restart or an upgrade: the functions must not drift. The values were computed by the first version.
     */
    @Test
    void signaturesAndHashesStayWhatEarlierVersionsStored() {
        NormalisedArticle english = article("Quake shakes central Italy\nA strong earthquake struck central Italy on"
                + " Tuesday, damaging buildings in Amatrice and Norcia.");
        NormalisedArticle arabic = article("زلزال يضرب وسط إيطاليا\nضرب زلزال قوي وسط إيطاليا يوم الثلاثاء وألحق"
                + " أضرارا بالمباني في أماتريتشي.");

        assertThat(ContentFingerprint.storySignature(english).orElseThrow()).containsExactly(
                0x059EB4202170E007L, 0x103628A88ABF0922L, 0x76DE090E07CC66D6L, 0xA73870990C27518BL);
        assertThat(ContentFingerprint.contentHash(english))
                .isEqualTo("7a94a897bb7e2bc3aa32650a9be1715e597a5777f5f137c04f039913bf47e28b");
        assertThat(ContentFingerprint.storySignature(arabic).orElseThrow()).containsExactly(
                0x583C7343AB83F4D3L, 0xC8784B3564F65675L, 0xD66473A421745F92L, 0x9226402EBA36E4D9L);
        assertThat(ContentFingerprint.contentHash(arabic))
                .isEqualTo("501b5181d1e69e2a75032c198b3c91be29daed4596cea1852a10ba94d00dbba9");
    }
}
