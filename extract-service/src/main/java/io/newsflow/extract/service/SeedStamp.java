package io.newsflow.extract.service;

import java.time.Instant;

/**
 * Which bundled data: a digest of its rows, when it was built ({@code null} for a seed recorded before builds said
 * when: older than any other), and, for the data the database holds, the fingerprint of the data an operator
 * replaced with it on purpose ({@code null}: none), whose builds do not write it back.
 */
public record SeedStamp(String fingerprint, Instant builtAt, String replaced) {

    /** Data no operator put in place of other data: what a build ships, or a seed written in order. */
    public SeedStamp(String fingerprint, Instant builtAt) {
        this(fingerprint, builtAt, null);
    }
}
