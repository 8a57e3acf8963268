package io.newsflow.ingest.wire;

/**
 * One item of a multi-item document that could not be normalised.
 *
 * @param ref    what identifies the item in its document: its id when it has one, otherwise its
 *               position (for example {@code "item[3]"} or {@code "line 7"})
 * @param reason a stable code, a colon and a human sentence, e.g.
 *               {@code "missing-field: item has no title"}; {@link #code()} gives the code alone
 */
public record RejectedItem(String ref, String reason) {

    /** Both go to the ledger as they are, so neither may hold what PostgreSQL refuses (U+0000). */
    public RejectedItem {
        ref = MarkupText.withoutControls(ref);
        reason = MarkupText.withoutControls(reason);
    }

    static RejectedItem of(String ref, String code, String message) {
        return new RejectedItem(ref, code + ": " + message);
    }

    /** The stable code at the start of {@link #reason()} ("missing-field", "bad-date", ...), for counters. */
    public String code() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    /** The human part of {@link #reason()}. */
    public String message() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(colon + 1).trim();
    }
}
