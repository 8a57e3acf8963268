package io.newsflow.ingest.repository;

/**
 * Another transaction stored a state for one of these articles after this one read them (two deciding on the same
 * new id at once): this transaction's decisions rest on what it did not see, so it is rolled back and taken again,
 * and decides against the state now stored. Not the data's fault: the topic consumer retries it like an outage.
 */
public class ConcurrentDecisionException extends RuntimeException {

    public ConcurrentDecisionException(int written, int decided) {
        super("only " + written + " of " + decided + " article states could be written: another transaction stored"
                + " a state for the others meanwhile (a kill this transaction did not see, say)");
    }
}
