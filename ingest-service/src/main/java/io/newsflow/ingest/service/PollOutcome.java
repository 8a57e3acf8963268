package io.newsflow.ingest.service;

/**
 * How one poll of a feed went, as recorded in its health.
 *
 * @param status       the HTTP status of the last answer, or null when none came
 * @param items        items read from the document (0 when not modified or failed)
 * @param etag         validators of a 200 answer (to send next time); ignored otherwise
 * @param reason       a stable code for counters when the poll failed ({@code timeout}, {@code http-5xx},
 *                     {@code malformed-xml}, ...), or null when it succeeded
 * @param error        why the poll failed, for the operator, or null when it succeeded
 */
public record PollOutcome(Integer status, int items, String etag, String lastModified, String reason, String error) {

    public static PollOutcome fetched(int status, int items, String etag, String lastModified) {
        return new PollOutcome(status, items, etag, lastModified, null, null);
    }

    public static PollOutcome notModified() {
        return new PollOutcome(304, 0, null, null, null, null);
    }

    public static PollOutcome failed(Integer status, String reason, String error) {
        return new PollOutcome(status, 0, null, null, reason, error);
    }

    public boolean succeeded() {
        return error == null;
    }

    /** The server answered 304: nothing new since the last poll. */
    public boolean unchanged() {
        return succeeded() && status != null && status == 304;
    }
}
