package io.newsflow.extract.service;

/**
 * What a replica does with the bundled data it ships, given the seed the database holds. Data is told apart by its
 * fingerprint and ordered by the commit time of its sources, so that during a rolling upgrade a replica of the older
 * build that (re)starts runs on the newer build's data instead of writing its own over it. An operator overrides the
 * order by naming the data to replace ({@code newsflow.extract.knowledge.replace}); the database then remembers what
 * was replaced, so that no replica of that data's builds, which know nothing of the setting, writes it back.
 */
enum SeedChoice {
    /**
     * Write the shipped data: the database holds none, or older data, or data of the same time that this build's
     * uncommitted edits may change, or this is dev mode.
     */
    SEED,
    /** Write the shipped data over the data the operator named, whatever their order; keep that data's builds out. */
    REPLACE,
    /** The database already holds the shipped data. */
    UP_TO_DATE,
    /** The database holds other data built as late or later: run on it. */
    KEEP_NEWER,
    /** An operator replaced the shipped data on purpose: run on the database's data, whatever its order. */
    KEEP_REPLACED;

    /**
     * @param stored      the data the database holds, null when none
     * @param shipped     this build's bundled data
     * @param replace   the fingerprint of the data the operator has this build replace, null when none
     * @param builtFrom what the shipped data was built from: in dev mode it always goes in; from uncommitted edits it
     *                  goes in over other data of the same time too
     */
    static SeedChoice of(SeedStamp stored, SeedStamp shipped, String replace, BuiltFrom builtFrom) {
        if (stored == null) {
            return SEED;
        }
        if (stored.fingerprint().equals(shipped.fingerprint())) {
            return UP_TO_DATE;
        }
        if (builtFrom == BuiltFrom.DEV_MODE) {
            return SEED;
        }
        if (stored.fingerprint().equals(replace)) {
            return REPLACE;
        }
        if (shipped.fingerprint().equals(stored.replaced())) {
            return KEEP_REPLACED;
        }
        if (stored.builtAt() == null || stored.builtAt().isBefore(shipped.builtAt())
                || builtFrom == BuiltFrom.UNCOMMITTED_EDITS && stored.builtAt().equals(shipped.builtAt())) {
            return SEED;
        }
        return KEEP_NEWER;
    }

    /**
     * Which data the database holds after this choice, given what it held and what this build ships: data written
     * in dev mode is recorded as of an unknown time, so that any packaged build replaces it.
     */
    SeedStamp written(SeedStamp stored, SeedStamp shipped, BuiltFrom builtFrom) {
        return switch (this) {
            case SEED -> new SeedStamp(shipped.fingerprint(), builtFrom.recorded(shipped.builtAt()));
            case REPLACE -> new SeedStamp(shipped.fingerprint(), builtFrom.recorded(shipped.builtAt()),
                    stored.fingerprint());
            case UP_TO_DATE, KEEP_NEWER, KEEP_REPLACED -> stored;
        };
    }
}
