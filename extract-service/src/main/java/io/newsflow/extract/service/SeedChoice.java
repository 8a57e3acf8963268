package io.newsflow.extract.service;

import io.newsflow.extract.config.ExtractConfig.Reseed;

/**
 * What a replica does with the bundled data it ships, given the seed the database holds. Data is told apart by its
 * fingerprint and ordered by when it was built, so that during a rolling upgrade a replica of the older build that
 * (re)starts runs on the newer build's data instead of writing its own over it.
 */
enum SeedChoice {
    /** Write the shipped data: the database holds none, or older data. */
    SEED,
    /** Write the shipped data over other data as new or newer: the operator rolls back on purpose. */
    FORCE,
    /** The database already holds the shipped data. */
    UP_TO_DATE,
    /** The database holds other data built as late or later: run on it. */
    KEEP_NEWER;

    static SeedChoice of(SeedStamp stored, SeedStamp shipped, Reseed reseed) {
        if (stored == null) {
            return SEED;
        }
        if (stored.fingerprint().equals(shipped.fingerprint())) {
            return UP_TO_DATE;
        }
        if (stored.builtAt() == null || stored.builtAt().isBefore(shipped.builtAt())) {
            return SEED;
        }
        return reseed == Reseed.FORCE ? FORCE : KEEP_NEWER;
    }
}
