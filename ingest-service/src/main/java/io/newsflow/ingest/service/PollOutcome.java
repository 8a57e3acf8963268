package io.newsflow.ingest.service;

/**
 * How one poll of a feed went, as recorded in its health.
 *
 * @param status       the HTTP status of the last answer, or null when none came
 * @param items        items read from the document (0 when not modified or failed)
 * @param etag         validators of a 200 answer (to send next time); ignored otherwise
 * @param error        why the poll failed, or null when it succeeded
 */
public record PollOutcome(Integer status, int items, String etag, String lastModified, String error) {

    public static PollOutcome fetched(int status, int items, String etag, String lastModified) {
        return new PollOutcome(status, items, etag, lastModified, null);
    }

    public static PollOutcome notModified() {
        return new PollOutcome(304, 0, null, null, null);
    }

    public static PollOutcome failed(Integer status, String error) {
        return new PollOutcome(status, 0, null, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
