package io.newsflow.ingest.repository;

/**
 * Another transaction stored a state for one of these articles after this one read them: this transaction's decisions
 * rest on what it did not see, so it is rolled back and taken again, and decides against the state now stored. The
 * service's own transactions take turns on an id before reading it ({@code ArticleStateRepository.lockStates}), so
 * only a writer that does not (an instance of an older build during an upgrade, SQL by hand) causes this. Not the
 * data's fault: the topic consumer retries it like an outage.
 */
public class ConcurrentDecisionException extends RuntimeException {

    public ConcurrentDecisionException(int written, int decided) {
        super("only " + written + " of " + decided + " article states could be written: another transaction stored"
                + " a state for the others meanwhile (a kill this transaction did not see, say)");
    }
}
