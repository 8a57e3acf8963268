package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.extract.config.ExtractConfig.Reseed;
import io.newsflow.extract.repository.KnowledgeSeed;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Which bundled data a replica leaves in the database: its own only over older data, unless forced. */
class SeedChoiceTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");
    private static final SeedStamp SHIPPED = new SeedStamp("b7e1", MONDAY);

    @Test
    void anEmptyDatabaseIsSeeded() {
        assertThat(SeedChoice.of(null, SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.SEED);
    }

    @Test
    void theSameDataIsNotWrittenAgainEvenWhenRebuiltLater() {
        assertThat(SeedChoice.of(new SeedStamp("b7e1", TUESDAY), SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.UP_TO_DATE);
        assertThat(SeedChoice.of(new SeedStamp("b7e1", TUESDAY), SHIPPED, Reseed.FORCE)).isEqualTo(SeedChoice.UP_TO_DATE);
    }

    @Test
    void olderDataIsReplaced() {
        SeedStamp sunday = new SeedStamp("0c4a", MONDAY.minusSeconds(86_400));
        assertThat(SeedChoice.of(sunday, SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.SEED);
    }

    @Test
    void aSeedRecordedBeforeBuildsSaidWhenIsOlderThanAnyData() {
        assertThat(SeedChoice.of(new SeedStamp("0c4a", null), SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(new SeedStamp("0c4a", null), new SeedStamp("b7e1", Instant.EPOCH), Reseed.NEWER))
                .isEqualTo(SeedChoice.SEED);
    }

    @Test
    void aSeedRewrittenByABuildThatRecordsNoTimeIsOlderThanAnyData() {
        KnowledgeSeed rewritten = new KnowledgeSeed();
        rewritten.fingerprint = "0c4a";
        rewritten.builtAt = TUESDAY;
        rewritten.builtFor = "9f20";
        assertThat(SeedChoice.of(KnowledgeSeeder.stamp(rewritten), SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.SEED);

        rewritten.builtFor = "0c4a";
        assertThat(SeedChoice.of(KnowledgeSeeder.stamp(rewritten), SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.KEEP_NEWER);
    }

    @Test
    void anOlderBuildRunsOnNewerDataItFinds() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.KEEP_NEWER);
    }

    @Test
    void otherDataBuiltAtTheSameTimeIsKept() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), SHIPPED, Reseed.NEWER)).isEqualTo(SeedChoice.KEEP_NEWER);
    }

    @Test
    void aRollbackForcedByTheOperatorWritesOlderData() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, Reseed.FORCE)).isEqualTo(SeedChoice.FORCE);
    }

    @Test
    void forcingChangesNothingOverOlderData() {
        SeedStamp sunday = new SeedStamp("0c4a", MONDAY.minusSeconds(86_400));
        assertThat(SeedChoice.of(sunday, SHIPPED, Reseed.FORCE)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(null, SHIPPED, Reseed.FORCE)).isEqualTo(SeedChoice.SEED);
    }

    @Test
    void aBuildThatCannotSayWhenItsDataWasBuiltNeverReplacesDataThatCanUnlessForced() {
        SeedStamp unknown = new SeedStamp("b7e1", Instant.EPOCH);
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), unknown, Reseed.NEWER)).isEqualTo(SeedChoice.KEEP_NEWER);
        assertThat(SeedChoice.of(new SeedStamp("9f20", Instant.EPOCH), unknown, Reseed.NEWER))
                .isEqualTo(SeedChoice.KEEP_NEWER);
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), unknown, Reseed.FORCE)).isEqualTo(SeedChoice.FORCE);
    }

    /**
     * The bundled data is stamped with the commit time of the sources it was built from, not with when Maven ran:
     * a later rebuild of older sources must not look newer. Built without git, the time is not known (the epoch).
     */
    @Test
    void thisBuildsBundledDataIsStampedWithTheCommitTimeOfItsSources() throws InterruptedException {
        assertThat(KnowledgeBase.bundledBuiltAt())
                .as("the bundled data's time (an extraction jar built at another commit needs rebuilding)")
                .isEqualTo(headCommitTime());
    }

    /** The commit time of HEAD, as git tells it; the epoch outside a git work tree. */
    private static Instant headCommitTime() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%cI", "HEAD").redirectErrorStream(true).start();
            String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? OffsetDateTime.parse(head).toInstant() : Instant.EPOCH;
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
