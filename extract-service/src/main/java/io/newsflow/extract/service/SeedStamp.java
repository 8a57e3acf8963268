package io.newsflow.extract.service;

import java.time.Instant;

/**
 * Which bundled data: a digest of its rows, and when it was built ({@code null} for a seed recorded before builds
 * said when: older than any other).
 */
public record SeedStamp(String fingerprint, Instant builtAt) {
}
