package io.newsflow.extract.service;

/**
 * What a replica does with the bundled data it ships, given the seed the database holds. Data is told apart by its
 * fingerprint and ordered by the commit time of its sources, so that during a rolling upgrade a replica of the older
 * build that (re)starts runs on the newer build's data instead of writing its own over it. An operator overrides the
 * order by naming the data to replace ({@code newsflow.extract.knowledge.replace}); the database then remembers what
 * was replaced, so that no replica of that data's builds, which know nothing of the setting, writes it back.
 */
enum SeedChoice {
    /** Write the shipped data: the database holds none, or older data. */
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
     * @param replace     the fingerprint of the data the operator has this build replace, null when none
     * @param development Quarkus dev mode: the developer's data always goes in. Hot reload copies changed data files
     *                    without filtering {@code bundle.properties} again, so edited data keeps the time it had.
     */
    static SeedChoice of(SeedStamp stored, SeedStamp shipped, String replace, boolean development) {
        if (stored == null) {
            return SEED;
        }
        if (stored.fingerprint().equals(shipped.fingerprint())) {
            return UP_TO_DATE;
        }
        if (development) {
            return SEED;
        }
        if (stored.fingerprint().equals(replace)) {
            return REPLACE;
        }
        if (shipped.fingerprint().equals(stored.replaced())) {
            return KEEP_REPLACED;
        }
        if (stored.builtAt() == null || stored.builtAt().isBefore(shipped.builtAt())) {
            return SEED;
        }
        return KEEP_NEWER;
    }

    /** Which data the database holds after this choice, given what it held and what this build ships. */
    SeedStamp written(SeedStamp stored, SeedStamp shipped) {
        return switch (this) {
            case SEED -> shipped;
            case REPLACE -> new SeedStamp(shipped.fingerprint(), shipped.builtAt(), stored.fingerprint());
            case UP_TO_DATE, KEEP_NEWER, KEEP_REPLACED -> stored;
        };
    }
}
