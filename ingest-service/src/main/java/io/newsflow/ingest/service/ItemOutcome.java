package io.newsflow.ingest.service;

import io.newsflow.ingest.repository.LedgerOutcome;

/** What became of one item of a received document, as the push endpoint reports it. */
public record ItemOutcome(String id, Long version, LedgerOutcome outcome, String reason) {
}
