package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.extract.repository.KnowledgeSeed;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which bundled data a replica leaves in the database: its own only over older data, unless told to replace. */
class SeedChoiceTest {

    private static final Instant SUNDAY = Instant.parse("2026-11-22T09:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T09:00:00Z");
    private static final SeedStamp SHIPPED = new SeedStamp("b7e1", MONDAY);

    @Test
    void anEmptyDatabaseIsSeeded() {
        assertThat(SeedChoice.of(null, SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(null, SHIPPED, "9f20", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);
    }

    @Test
    void theSameDataIsNotWrittenAgainEvenWhenRebuiltLater() {
        assertThat(SeedChoice.of(new SeedStamp("b7e1", TUESDAY), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.UP_TO_DATE);
        assertThat(SeedChoice.of(new SeedStamp("b7e1", TUESDAY), SHIPPED, "b7e1", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.UP_TO_DATE);
    }

    @Test
    void olderDataIsReplaced() {
        assertThat(SeedChoice.of(new SeedStamp("0c4a", SUNDAY), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);
    }

    @Test
    void aSeedRecordedBeforeBuildsSaidWhenIsOlderThanAnyData() {
        assertThat(SeedChoice.of(new SeedStamp("0c4a", null), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(new SeedStamp("0c4a", null), new SeedStamp("b7e1", Instant.EPOCH), null, BuiltFrom.COMMIT))
                .isEqualTo(SeedChoice.SEED);
    }

    @Test
    void aSeedRewrittenByABuildThatRecordsNoTimeIsOlderThanAnyData() {
        KnowledgeSeed rewritten = new KnowledgeSeed();
        rewritten.fingerprint = "0c4a";
        rewritten.builtAt = TUESDAY;
        rewritten.builtFor = "9f20";
        assertThat(SeedChoice.of(KnowledgeSeeder.stamp(rewritten), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);

        rewritten.builtFor = "0c4a";
        assertThat(SeedChoice.of(KnowledgeSeeder.stamp(rewritten), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.KEEP_NEWER);
    }

    @Test
    void anOlderBuildRunsOnNewerDataItFinds() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.KEEP_NEWER);
    }

    @Test
    void otherDataBuiltAtTheSameTimeIsKept() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), SHIPPED, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.KEEP_NEWER);
    }

    @Test
    void aBuildToldToReplaceTheDataItFindsWritesItsOwnWhateverTheirOrder() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, "9f20", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.REPLACE);
        assertThat(SeedChoice.of(new SeedStamp("0c4a", SUNDAY), SHIPPED, "0c4a", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.REPLACE);
    }

    @Test
    void aReplaceSettingNamingOtherDataChangesNothing() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, "0c4a", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.KEEP_NEWER);
        assertThat(SeedChoice.of(new SeedStamp("0c4a", SUNDAY), SHIPPED, "9f20", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);
    }

    @Test
    void aBuildThatCannotSayWhenItsDataWasBuiltReplacesDataThatCanOnlyWhenTold() {
        SeedStamp unknown = new SeedStamp("b7e1", Instant.EPOCH);
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), unknown, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.KEEP_NEWER);
        assertThat(SeedChoice.of(new SeedStamp("9f20", Instant.EPOCH), unknown, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.KEEP_NEWER);
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), unknown, "9f20", BuiltFrom.COMMIT)).isEqualTo(SeedChoice.REPLACE);
    }

    /** Review14 L1: in dev mode, data edited under hot reload keeps its time, so it must go in anyway. */
    @Test
    void inDevModeThisBuildsDataGoesInOverAnyOther() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, null, BuiltFrom.DEV_MODE)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), SHIPPED, null, BuiltFrom.DEV_MODE)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(new SeedStamp("0c4a", SUNDAY, "b7e1"), SHIPPED, null, BuiltFrom.DEV_MODE)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(new SeedStamp("b7e1", TUESDAY), SHIPPED, null, BuiltFrom.DEV_MODE)).isEqualTo(SeedChoice.UP_TO_DATE);
    }

    /** Review15 M2: the local loop, data edited and built without a commit, carries HEAD's time but other data. */
    @Test
    void aBuildWithUncommittedEditsWritesItsDataOverOtherDataOfTheSameCommit() {
        assertThat(SeedChoice.of(new SeedStamp("9f20", MONDAY), SHIPPED, null, BuiltFrom.UNCOMMITTED_EDITS))
                .isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.of(new SeedStamp("9f20", TUESDAY), SHIPPED, null, BuiltFrom.UNCOMMITTED_EDITS))
                .isEqualTo(SeedChoice.KEEP_NEWER);
    }

    /**
     * Review15 M2: data written in dev mode is recorded as of an unknown time, so the local stack's packaged build of
     * the same commit, started afterwards, replaces it. Uncommitted edits keep their commit's time: releases are
     * built from clean commits, and the stack's build reads the stamp as it ships.
     */
    @Test
    void dataWrittenInDevModeIsReplacedByAnyPackagedBuild() {
        SeedStamp committed = new SeedStamp("9f20", MONDAY);
        SeedStamp edited = new SeedStamp("e5d2", MONDAY);

        SeedStamp held = SeedChoice.SEED.written(committed, edited, BuiltFrom.DEV_MODE);
        assertThat(held).isEqualTo(new SeedStamp("e5d2", null));
        assertThat(SeedChoice.of(held, committed, null, BuiltFrom.COMMIT)).isEqualTo(SeedChoice.SEED);
        assertThat(SeedChoice.REPLACE.written(committed, edited, BuiltFrom.DEV_MODE))
                .isEqualTo(new SeedStamp("e5d2", null, "9f20"));
        assertThat(SeedChoice.SEED.written(committed, edited, BuiltFrom.UNCOMMITTED_EDITS)).isEqualTo(edited);
    }

    /**
     * The review's rollback, v2 to v1 with a surge pod: a replica of v1 told to replace v2's data does, and a v2
     * replica restarting during the rollback (it knows nothing of the setting) keeps out although its data is newer.
     * The setting, carried by the pod template into a next release v3 with other data, then changes nothing: v3's
     * data goes in, and v1 replicas still running with the setting run on it.
     */
    @Test
    void aRollbackHoldsAgainstTheRolledBackBuildAndASettingLeftOnLetsAReleaseWithOtherDataIn() {
        SeedStamp v1 = new SeedStamp("0c4a", SUNDAY);
        SeedStamp v2 = new SeedStamp("9f20", MONDAY);
        SeedStamp v3 = new SeedStamp("d315", TUESDAY);
        SeedStamp held = v2;

        held = start(held, v1, "9f20", SeedChoice.REPLACE);
        assertThat(held.fingerprint()).isEqualTo("0c4a");
        held = start(held, v2, null, SeedChoice.KEEP_REPLACED);
        held = start(held, v1, "9f20", SeedChoice.UP_TO_DATE);
        held = start(held, v3, "9f20", SeedChoice.SEED);
        held = start(held, v1, "9f20", SeedChoice.KEEP_NEWER);
        held = start(held, v2, null, SeedChoice.KEEP_NEWER);
        assertThat(held).isEqualTo(v3);
    }

    /**
     * Review15 M1, the RUNBOOK's roll forward after a rollback: with the rollback's setting taken out first, in a
     * rollout of its own, the roll forward holds against the pods of the build rolled back to. Had those pods kept
     * their setting (naming the roll forward's data), each build's pods would replace the other's data in turns: the
     * two settings name each other's data and nothing orders them, which is why the setting must go first.
     */
    @Test
    void aRollForwardAfterARollbackHoldsOnceTheRollbacksSettingIsTakenOutFirst() {
        SeedStamp v1 = new SeedStamp("0c4a", SUNDAY);
        SeedStamp v2 = new SeedStamp("9f20", MONDAY);

        SeedStamp held = start(v2, v1, "9f20", SeedChoice.REPLACE);
        held = start(held, v1, null, SeedChoice.UP_TO_DATE);
        held = start(held, v2, "0c4a", SeedChoice.REPLACE);
        held = start(held, v1, null, SeedChoice.KEEP_REPLACED);
        held = start(held, v2, "0c4a", SeedChoice.UP_TO_DATE);
        assertThat(held).isEqualTo(new SeedStamp("9f20", MONDAY, "0c4a"));

        assertThat(SeedChoice.of(held, v1, "9f20", BuiltFrom.COMMIT))
                .as("a v1 pod still carrying the rollback's setting would write v1's data back: why it goes first")
                .isEqualTo(SeedChoice.REPLACE);
    }

    /** Rolling forward on purpose to a build whose data orders as older (a hotfix committed later was rolled back to). */
    @Test
    void aRollForwardOnPurposeHoldsAgainstTheBuildRolledForwardFrom() {
        SeedStamp hotfix = new SeedStamp("0c4a", TUESDAY);
        SeedStamp release = new SeedStamp("9f20", MONDAY);

        SeedStamp held = start(hotfix, release, null, SeedChoice.KEEP_NEWER);
        held = start(held, release, "0c4a", SeedChoice.REPLACE);
        held = start(held, hotfix, null, SeedChoice.KEEP_REPLACED);
        assertThat(held.fingerprint()).isEqualTo("9f20");
    }

    @Test
    void whatWasReplacedIsForgottenOnceABuildThatDoesNotRecordItRewritesTheRow() {
        KnowledgeSeed row = KnowledgeSeeder.row(new SeedStamp("0c4a", SUNDAY, "9f20"), 3, TUESDAY);
        assertThat(KnowledgeSeeder.stamp(row)).isEqualTo(new SeedStamp("0c4a", SUNDAY, "9f20"));

        // What a build from before the replace setting writes: its own columns only.
        row.fingerprint = "d315";
        row.builtAt = MONDAY;
        row.builtFor = "d315";
        assertThat(KnowledgeSeeder.stamp(row)).isEqualTo(new SeedStamp("d315", MONDAY));
        assertThat(SeedChoice.of(KnowledgeSeeder.stamp(row), new SeedStamp("9f20", TUESDAY), null, BuiltFrom.COMMIT))
                .isEqualTo(SeedChoice.SEED);
    }

    /**
     * A replica of {@code shipped} starts against {@code held} (as {@code kb_seed} holds it) with the replace setting
     * {@code replace}: its choice must be {@code expected}; what {@code kb_seed} holds afterwards.
     */
    private static SeedStamp start(SeedStamp held, SeedStamp shipped, String replace, SeedChoice expected) {
        SeedChoice choice = SeedChoice.of(held, shipped, replace, BuiltFrom.COMMIT);
        assertThat(choice).as("a replica of %s finding %s, replace=%s", shipped, held, replace).isEqualTo(expected);
        return KnowledgeSeeder.stamp(KnowledgeSeeder.row(choice.written(held, shipped, BuiltFrom.COMMIT), 1, Instant.EPOCH));
    }

    /**
     * The bundled data is stamped with the commit time of the sources it was built from, not with when Maven ran:
     * a later rebuild of older sources must not look newer. The stamp names its commit, whose time git is asked for;
     * built without git, neither is known (the time is the epoch).
     */
    @Test
    void thisBuildsBundledDataIsStampedWithTheCommitTimeOfItsSources() throws InterruptedException {
        Optional<String> commit = KnowledgeBase.bundledBuiltFrom();
        if (commit.isEmpty()) {
            assertThat(KnowledgeBase.bundledBuiltAt()).as("the time of data that names no commit").isEqualTo(Instant.EPOCH);
            return;
        }
        assertThat(KnowledgeBase.bundledBuiltAt()).as("the bundled data's time, built from %s", commit.get())
                .isEqualTo(commitTime(commit.get()));
    }

    /** When {@code commit} was committed, as git tells it; the test is skipped, with git's reason, if it cannot. */
    private static Instant commitTime(String commit) throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "show", "-s", "--format=%cI", commit).start();
            String time = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String why = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assumeTrue(git.waitFor() == 0, () -> "git cannot show commit " + commit + " here: " + why);
            return OffsetDateTime.parse(time).toInstant();
        } catch (IOException e) {
            return abort("git cannot be run here: " + e.getMessage());
        }
    }
}
