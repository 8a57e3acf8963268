package io.newsflow.extract.service;

import io.newsflow.extraction.knowledge.KnowledgeBase;
import io.quarkus.runtime.LaunchMode;
import java.time.Instant;

/**
 * What this build's bundled data was built from, as far as its order goes. Only data built from a commit as it was
 * committed is the same for every build that carries its time. Data from uncommitted edits carries the commit's time
 * but may differ, so it goes in over other data of that time; packaged releases are built from clean commits. Data
 * written in dev mode is recorded as of an unknown time (the oldest), so that any packaged build replaces it.
 */
enum BuiltFrom {
    /** A commit, as it was committed: the data carries its commit time. */
    COMMIT,
    /**
     * A commit with uncommitted changes to tracked files (the local loop: edit data, build, restart): the data
     * carries the commit's time but may differ from its data, so it goes in over other data of the same time (and
     * the commit's own build, after the edits are reverted, does not: it ties and keeps the edited data).
     */
    UNCOMMITTED_EDITS,
    /**
     * Quarkus dev mode: the data goes in over any other, and is recorded as of an unknown time. Hot reload copies
     * changed data files without filtering {@code bundle.properties} again, so edited data keeps the time it had.
     */
    DEV_MODE;

    /** What this process's bundled data was built from. */
    static BuiltFrom current() {
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return DEV_MODE;
        }
        return KnowledgeBase.bundledWithUncommittedEdits() ? UNCOMMITTED_EDITS : COMMIT;
    }

    /** The time to record for data built from this at {@code builtAt}: null (unknown, the oldest) in dev mode. */
    Instant recorded(Instant builtAt) {
        return this == DEV_MODE ? null : builtAt;
    }
}
