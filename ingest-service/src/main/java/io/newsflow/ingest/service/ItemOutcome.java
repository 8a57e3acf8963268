package io.newsflow.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.repository.LedgerOutcome;

/**
 * What became of one item of a received document, as the push endpoint reports it: its outcome, the reason
 * when it was rejected or held, whether it is a correction, and the story cluster it joined when published.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemOutcome(String id, Long version, LedgerOutcome outcome, String reason, Boolean correction,
                          String clusterId) {

    static ItemOutcome rejected(String ref, String reason) {
        return new ItemOutcome(ref, null, LedgerOutcome.REJECTED, reason, null, null);
    }
}
