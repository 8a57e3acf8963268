package io.newsflow.ingest.wire;

import java.util.Locale;
import java.util.Set;

/**
 * What a content type says about a document: its syntax family, possibly its exact format, and a
 * charset parameter. A generic or missing type claims nothing and lets the content decide.
 *
 * @param mediaType the type and subtype, lower case, without parameters (null when none was given)
 * @param family    JSON or XML when the type names one, else null
 * @param format    the exact format when the type names one, else null
 * @param charset   the charset parameter, or null
 */
record ContentTypeClaim(String mediaType, WireDocumentReader.Syntax family, WireFormat format, String charset) {

    private static final Set<String> JSON_LINES = Set.of("application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/x-jsonlines", "application/jsonlines", "application/json-lines");

    static ContentTypeClaim of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return new ContentTypeClaim(null, null, null, null);
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String charset = charset(contentType);
        WireDocumentReader.Syntax json = WireDocumentReader.Syntax.JSON;
        WireDocumentReader.Syntax xml = WireDocumentReader.Syntax.XML;
        return switch (type) {
            case "", "application/octet-stream", "text/plain" -> new ContentTypeClaim(type, null, null, null);
            case "application/ninjs+json", "application/vnd.iptc.ninjs+json" ->
                    new ContentTypeClaim(type, json, WireFormat.NINJS, charset);
            case "application/json", "text/json", "application/x-ndjson", "application/ndjson", "application/jsonl",
                    "application/x-jsonlines", "application/jsonlines", "application/json-lines" ->
                    new ContentTypeClaim(type, json, null, charset);
            case "application/rss+xml", "application/rdf+xml" -> new ContentTypeClaim(type, xml, WireFormat.RSS, charset);
            case "application/atom+xml" -> new ContentTypeClaim(type, xml, WireFormat.ATOM, charset);
            case "application/xml", "text/xml" -> new ContentTypeClaim(type, xml, null, charset);
            default -> other(type, charset);
        };
    }

    /** Whether the type declares JSON Lines (one JSON object per line). */
    boolean jsonLines() {
        return mediaType != null && JSON_LINES.contains(mediaType);
    }

    /** The charset parameter of a content type, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = p.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return charset == null || charset.isEmpty() ? null : charset;
    }

    private static ContentTypeClaim other(String type, String charset) {
        if (type.startsWith("application/vnd.iptc.g2.") && type.endsWith("+xml")) {
            return new ContentTypeClaim(type, WireDocumentReader.Syntax.XML, WireFormat.NEWSML_G2, charset);
        }
        if (type.endsWith("+json")) {
            return new ContentTypeClaim(type, WireDocumentReader.Syntax.JSON, null, charset);
        }
        if (type.endsWith("+xml")) {
            return new ContentTypeClaim(type, WireDocumentReader.Syntax.XML, null, charset);
        }
        throw new WireFormatException(WireFormatException.UNKNOWN_FORMAT, "The content type " + type
                + " is not a wire format this service reads (ninjs, NewsML-G2, RSS, Atom or simple JSON).");
    }
}
