package io.newsflow.ingest.wire;

import java.util.List;

/**
 * A whole document was refused. {@link #reason()} is a short stable code for counters and dead-letter
 * records; {@link #getMessage()} is a sentence a person can act on.
 *
 * <p>Codes: {@value #TOO_LARGE}, {@value #UNKNOWN_FORMAT}, {@value #MALFORMED_JSON}, {@value #MALFORMED_XML},
 * {@value #DTD_REFUSED}, {@value #SCHEMA_INVALID}, {@value #MISSING_FIELD}, {@value #BAD_ENCODING},
 * {@value #CONTENT_TYPE_MISMATCH}, and for single-item documents also {@value #BAD_DATE},
 * {@value #BAD_VALUE} and {@value #UNSUPPORTED_ITEM}; {@value #INTERNAL} when the service failed reading it.
 */
public class WireFormatException extends RuntimeException {

    public static final String TOO_LARGE = "too-large";
    public static final String UNKNOWN_FORMAT = "unknown-format";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String MALFORMED_XML = "malformed-xml";
    public static final String DTD_REFUSED = "dtd-refused";
    public static final String SCHEMA_INVALID = "schema-invalid";
    public static final String MISSING_FIELD = "missing-field";
    public static final String BAD_ENCODING = "bad-encoding";
    public static final String CONTENT_TYPE_MISMATCH = "content-type-mismatch";
    /** A date field is present but no reading of it gives a point in time. */
    public static final String BAD_DATE = "bad-date";
    /** A field has a value of the right type that cannot be used (e.g. a non-numeric version). */
    public static final String BAD_VALUE = "bad-value";
    /** Well-formed, known format, but not a news article (a NewsML-G2 concept, package or planning item). */
    public static final String UNSUPPORTED_ITEM = "unsupported-item";
    /** The service itself failed while reading the document (a bug, not the document's known fault). */
    public static final String INTERNAL = "internal";

    /** Every reason above. */
    public static final List<String> REASONS = List.of(TOO_LARGE, UNKNOWN_FORMAT, MALFORMED_JSON, MALFORMED_XML,
            DTD_REFUSED, SCHEMA_INVALID, MISSING_FIELD, BAD_ENCODING, CONTENT_TYPE_MISMATCH, BAD_DATE, BAD_VALUE,
            UNSUPPORTED_ITEM, INTERNAL);

    private final String reason;
    private final String itemRef;

    public WireFormatException(String reason, String message) {
        this(reason, message, (String) null);
    }

    /** A document of one item refused for what that item lacks; {@code itemRef} is its id when it has one. */
    public WireFormatException(String reason, String message, String itemRef) {
        super(MarkupText.withoutControls(message));
        this.reason = reason;
        this.itemRef = MarkupText.withoutControls(itemRef);
    }

    public WireFormatException(String reason, String message, Throwable cause) {
        super(MarkupText.withoutControls(message), cause);
        this.reason = reason;
        this.itemRef = null;
    }

    /** The stable code, one of the constants of this class. */
    public String reason() {
        return reason;
    }

    /** The id of the document's one item, when it was refused for that item and the item has an id; else null. */
    public String itemRef() {
        return itemRef;
    }
}
