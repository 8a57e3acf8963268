package io.newsflow.ingest.wire;

/**
 * Thrown while one item is mapped, caught by the parser of its document: in a multi-item document
 * it becomes a {@link RejectedItem}, in a single-item document a {@link WireFormatException}.
 */
final class ItemRejectedException extends RuntimeException {

    private final String code;

    ItemRejectedException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }

    RejectedItem toRejectedItem(String ref) {
        return RejectedItem.of(ref, code, getMessage());
    }

    /** The refusal of a document whose one item this is; {@code ref} is the item's id, or null. */
    WireFormatException toDocumentFailure(String ref) {
        return new WireFormatException(code, getMessage(), ref == null || ref.isBlank() ? null : ref);
    }
}
