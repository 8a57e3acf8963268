package io.newsflow.extract.messaging;

import java.util.List;

/**
 * A record extract-service sets aside in newsflow.extract.dlq. {@link #reason()} is a short stable code, the
 * {@code reason} of {@code newsflow_dead_letters_total{stage="extract"}}; the message, which the connector writes
 * into the dead letter's {@code dead-letter-reason} header, is "{@code reason}: detail" as in the other stages'
 * dead letters. The failure it stands for is its cause (the header {@code dead-letter-cause-class-name} names it).
 *
 * <p>Codes: {@value #INVALID_PAYLOAD} (not JSON, or JSON that is no article the later stages can key, index and
 * order), {@value #EXTRACTION_FAILED} (the extraction itself failed: a bug, not the record's known fault),
 * {@value #PUBLISH_FAILED} (Kafka did not take the enriched article).
 */
public class ExtractFailure extends RuntimeException {

    public static final String INVALID_PAYLOAD = "invalid-payload";
    public static final String EXTRACTION_FAILED = "extraction-failed";
    public static final String PUBLISH_FAILED = "publish-failed";

    /** Every reason above. */
    public static final List<String> REASONS = List.of(INVALID_PAYLOAD, EXTRACTION_FAILED, PUBLISH_FAILED);

    private final String reason;

    ExtractFailure(String reason, Throwable cause) {
        super(reason + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName()), cause);
        this.reason = reason;
    }

    /** The stable code, one of the constants of this class. */
    public String reason() {
        return reason;
    }
}
