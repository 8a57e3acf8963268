package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The signature index finds exactly the entries within the threshold, newest first, in a full (wrapped) ring. */
class NearDuplicateIndexTest {

    private static final int WINDOW = 10_000;
    private final SplittableRandom random = new SplittableRandom(7);

    private long[] randomSignature() {
        long[] s = new long[ContentFingerprint.SIGNATURE_LONGS];
        for (int k = 0; k < s.length; k++) {
            s[k] = random.nextLong();
        }
        return s;
    }

    /** A copy of the signature with exactly {@code bits} distinct bits flipped, spread over all four words. */
    private long[] flipped(long[] signature, int bits) {
        long[] copy = signature.clone();
        boolean[] done = new boolean[64 * copy.length];
        int flipped = 0;
        while (flipped < bits) {
            int bit = random.nextInt(done.length);
            if (!done[bit]) {
                done[bit] = true;
                copy[bit / 64] ^= 1L << (bit % 64);
                flipped++;
            }
        }
        return copy;
    }

    private NearDuplicateIndex fullWrappedIndex() {
        NearDuplicateIndex index = NearDuplicateIndex.ofSignatures(WINDOW);
        for (int i = 0; i < WINDOW + WINDOW / 3; i++) {
            index.remember(randomSignature(), "unrelated-" + i);
        }
        return index;
    }

    @Test
    void aSignatureAtTheThresholdIsFoundAndOneBitFurtherIsNot() {
        NearDuplicateIndex index = fullWrappedIndex();
        long[] story = randomSignature();
        index.remember(story, "story");
        for (int i = 0; i < 500; i++) {
            index.remember(randomSignature(), "later-" + i);
        }

        int threshold = ContentFingerprint.SAME_STORY_MAX_SIGNATURE_DISTANCE;
        assertThat(index.find(flipped(story, threshold))).isEqualTo("story");
        assertThat(index.find(flipped(story, 40))).isEqualTo("story");
        assertThat(index.find(flipped(story, threshold + 1))).isNull();
        assertThat(index.find(randomSignature())).isNull();
    }

    @Test
    void entriesOnBothSidesOfTheRingsWrapAreFoundAndTheNewestWins() {
        NearDuplicateIndex index = NearDuplicateIndex.ofSignatures(WINDOW);
        long[] story = randomSignature();
        index.remember(story, "oldest");
        for (int i = 1; i < WINDOW - 1; i++) {
            index.remember(randomSignature(), "unrelated-" + i);
        }
        index.remember(flipped(story, 30), "at-the-end");
        assertThat(index.find(story)).as("the newer of two matches").isEqualTo("at-the-end");

        index.remember(randomSignature(), "wraps");
        index.remember(randomSignature(), "overwrites-oldest");
        assertThat(index.find(flipped(story, 5))).isEqualTo("at-the-end");
        assertThat(index.find(story)).isEqualTo("at-the-end");
        index.remember(flipped(story, 70), "after-the-wrap");
        assertThat(index.find(story)).isEqualTo("after-the-wrap");
    }

    @Test
    void assignGivesNearDuplicatesTheFirstClusterAndUnrelatedOnesTheirOwn() {
        NearDuplicateIndex index = fullWrappedIndex();
        long[] story = randomSignature();
        assertThat(index.assign("first", story)).isEqualTo("first");
        assertThat(index.assign("rewrite", flipped(story, 75))).isEqualTo("first");
        assertThat(index.assign("other", randomSignature())).isEqualTo("other");
    }

    @Test
    void everyPairWithinTheThresholdIsFoundWhereverItSitsAndNoFartherPairIs() {
        int threshold = ContentFingerprint.SAME_STORY_MAX_SIGNATURE_DISTANCE;
        NearDuplicateIndex index = fullWrappedIndex();
        int checked = 0;
        for (int distance = 0; distance <= 256; distance += distance < threshold + 8 ? 1 : 8) {
            long[] story = randomSignature();
            index.remember(story, "story-" + distance);
            // bury it under a varying number of later articles, so it sits anywhere in the ring, before or after the wrap
            int later = random.nextInt(WINDOW - 1);
            for (int i = 0; i < later; i++) {
                index.remember(randomSignature(), "later-" + distance + "-" + i);
            }
            String found = index.find(flipped(story, distance));
            if (distance <= threshold) {
                assertThat(found).as("a pair %d bits apart, %d entries back", distance, later).isEqualTo("story-" + distance);
            } else {
                assertThat(found).as("a pair %d bits apart", distance).isNull();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(threshold + 8);
    }

    @Test
    void aPairWithAllItsDifferencesInOneWordIsFoundLikeOneWithThemSpread() {
        NearDuplicateIndex index = fullWrappedIndex();
        long[] story = randomSignature();
        index.remember(story, "story");
        for (int word = 0; word < ContentFingerprint.SIGNATURE_LONGS; word++) {
            long[] rewrite = story.clone();
            rewrite[word] = ~rewrite[word]; // 64 bits, all in one word
            rewrite[(word + 1) % rewrite.length] ^= 0xFFFFF; // and 20 in the next: 84 in all
            assertThat(index.find(rewrite)).as("differences in word %d", word).isEqualTo("story");
            rewrite[(word + 2) % rewrite.length] ^= 1; // 85
            assertThat(index.find(rewrite)).as("one bit more, word %d", word).isNull();
        }
    }

    /**
     * A batch looked up at once gives every article the cluster one-by-one assignment gives: near-duplicates of older
     * entries, of entries overwritten while the batch is assigned, of earlier articles of the same batch, and of
     * articles another caller adds between the lookahead and the assignment.
     */
    @Test
    void aBatchLookedUpAtOnceGetsTheClustersOfOneByOneAssignment() {
        int window = 1_000;
        NearDuplicateIndex batched = NearDuplicateIndex.ofSignatures(window);
        NearDuplicateIndex alone = NearDuplicateIndex.ofSignatures(window);
        List<long[]> history = new ArrayList<>();
        for (int i = 0; i < window + 300; i++) {
            long[] s = randomSignature();
            history.add(s);
            batched.remember(s, "old-" + i);
            alone.remember(s, "old-" + i);
        }
        int matched = 0;
        int assigned = 0;
        for (int round = 0; round < 40; round++) {
            List<long[]> batch = new ArrayList<>();
            int size = 1 + random.nextInt(400);
            for (int k = 0; k < size; k++) {
                int kind = random.nextInt(4);
                long[] base = kind == 0 ? randomSignature()
                        : kind == 1 && !batch.isEmpty() ? batch.get(random.nextInt(batch.size()))
                        : history.get(history.size() - 1 - random.nextInt(Math.min(history.size(), window + 200)));
                batch.add(flipped(base, random.nextInt(100)));
            }
            NearDuplicateIndex.Lookahead ahead = batched.lookahead(batch);
            for (int k = 0; k < batch.size(); k++) {
                if (random.nextInt(20) == 0) { // another caller's article, arriving in between
                    long[] other = flipped(batch.get(random.nextInt(batch.size())), random.nextInt(60));
                    batched.remember(other, "other-" + round + "-" + k);
                    alone.remember(other, "other-" + round + "-" + k);
                    history.add(other);
                }
                String id = "new-" + round + "-" + k;
                String expected = alone.assign(id, batch.get(k));
                assertThat(batched.assign(id, batch.get(k), ahead, k)).as("round %d, article %d", round, k)
                        .isEqualTo(expected);
                assigned++;
                if (!expected.equals(id)) {
                    matched++;
                }
                history.add(batch.get(k));
            }
        }
        assertThat(matched).as("articles that found a near-duplicate, of %d", assigned)
                .isBetween(assigned / 3, assigned - assigned / 10);
    }
}
