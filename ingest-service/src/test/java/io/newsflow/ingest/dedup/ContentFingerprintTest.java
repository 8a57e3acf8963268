package io.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact re-submissions hash equal; the same story rewritten by another source is near; other stories are not. */
class ContentFingerprintTest {

    private static NormalisedArticle article(String id, String headline, String body) {
        return new NormalisedArticle(id, 1, null, null, null, null, "en", headline, body, null, null, null, "json",
                null, null, null, null, null, false, null, null, null);
    }

    @Test
    void identicalResubmissionsHashEqualRegardlessOfWhitespace() {
        NormalisedArticle sent = article("a", "Quake hits Turkey", "At least 14 dead.\n\nRescue under way.");
        NormalisedArticle resent = article("b", "  Quake  hits Turkey ", "At least 14 dead.\r\n\r\n   Rescue under way.  ");

        assertThat(ContentFingerprint.contentHash(resent)).isEqualTo(ContentFingerprint.contentHash(sent))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void changedWordingChangesTheHash() {
        NormalisedArticle sent = article("a", "Quake hits Turkey", "At least 14 dead.");
        NormalisedArticle updated = article("a", "Quake hits Turkey", "At least 41 dead.");

        assertThat(ContentFingerprint.contentHash(updated)).isNotEqualTo(ContentFingerprint.contentHash(sent));
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("ar", StoryPairs.AR_STORY, StoryPairs.AR_REWRITE, StoryPairs.AR_UNRELATED),
                Arguments.of("en", StoryPairs.EN_STORY, StoryPairs.EN_REWRITE, StoryPairs.EN_UNRELATED),
                Arguments.of("fr", StoryPairs.FR_STORY, StoryPairs.FR_REWRITE, StoryPairs.FR_UNRELATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void storyRewrittenByAnotherSourceIsTheSameStoryAndAnUnrelatedOneIsNot(String language, String story,
            String rewrite, String unrelated) {
        long original = ContentFingerprint.simhash(story);

        int rewriteDistance = ContentFingerprint.hammingDistance(original, ContentFingerprint.simhash(rewrite));
        int unrelatedDistance = ContentFingerprint.hammingDistance(original, ContentFingerprint.simhash(unrelated));

        assertThat(rewriteDistance).as("rewrite distance").isLessThanOrEqualTo(ContentFingerprint.SAME_STORY_MAX_DISTANCE);
        assertThat(unrelatedDistance).as("unrelated distance").isGreaterThan(ContentFingerprint.SAME_STORY_MAX_DISTANCE);
    }

    @Test
    void copyWithSmallEditsIsWithinAFewBits() {
        long original = ContentFingerprint.simhash(StoryPairs.EN_STORY);
        long edited = ContentFingerprint.simhash(StoryPairs.EN_STORY.replace("early on Tuesday", "on Tuesday"));

        assertThat(ContentFingerprint.hammingDistance(original, edited)).isLessThanOrEqualTo(4);
    }

    @Test
    void foldingIgnoresCaseAccentsAndArabicDiacritics() {
        assertThat(ContentFingerprint.simhash("ÉVÊCHÉ Marseille")).isEqualTo(ContentFingerprint.simhash("eveche marseille"));
        assertThat(ContentFingerprint.simhash("وَزِيرُ الدِّفَاعِ أَعلن")).isEqualTo(ContentFingerprint.simhash("وزير الدفاع اعلن"));
    }

    @Test
    void nearDuplicateIndexGivesTheRewriteTheClusterOfTheOriginal() {
        NearDuplicateIndex index = new NearDuplicateIndex(1000);

        String first = index.assign("fr-1", ContentFingerprint.simhash(StoryPairs.FR_STORY));
        String other = index.assign("fr-2", ContentFingerprint.simhash(StoryPairs.FR_UNRELATED));
        String rewrite = index.assign("fr-3", ContentFingerprint.simhash(StoryPairs.FR_REWRITE));

        assertThat(first).isEqualTo("fr-1");
        assertThat(other).isEqualTo("fr-2");
        assertThat(rewrite).isEqualTo("fr-1");
    }

    @Test
    void nearDuplicateIndexForgetsBeyondItsCapacity() {
        NearDuplicateIndex index = new NearDuplicateIndex(1);
        index.assign("en-1", ContentFingerprint.simhash(StoryPairs.EN_STORY));
        index.assign("en-2", ContentFingerprint.simhash(StoryPairs.EN_UNRELATED));

        assertThat(index.assign("en-3", ContentFingerprint.simhash(StoryPairs.EN_REWRITE))).isEqualTo("en-3");
    }
}
