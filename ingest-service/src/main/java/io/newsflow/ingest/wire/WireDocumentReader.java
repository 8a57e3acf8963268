package io.newsflow.ingest.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.NormalisedArticle;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads one received document of any supported wire format into normalised articles.
 *
 * <p>The format is decided by the content, and the content type, when it names a format, must agree:
 * a document that says it is Atom but is RSS is refused ({@code content-type-mismatch}) rather than read
 * as something it is not. A generic type ({@code application/json}, {@code application/xml},
 * {@code text/xml}, {@code text/plain}, {@code application/octet-stream}) or none lets the content
 * decide. Every refusal is a {@link WireFormatException} with a stable reason; inside a document that
 * carries many items, a bad item is a {@link RejectedItem} and the others are kept.
 *
 * <p>Thread-safe; one instance can serve the whole service. Not final only so that tests can make it fail.
 */
public class WireDocumentReader {

    private final int maxBytes;
    private final ObjectMapper json;
    private final NinjsParser ninjs = new NinjsParser(new NinjsSchemas());
    private final SimpleJsonParser simpleJson = new SimpleJsonParser();
    private final RssParser rss = new RssParser();
    private final AtomParser atom = new AtomParser();
    private final NewsMlG2Parser newsMl = new NewsMlG2Parser();

    /** @param maxBytes the largest document accepted; larger ones are refused unread with {@code too-large} */
    public WireDocumentReader(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(100)
                        .maxNumberLength(100)
                        .build())
                .build();
        // A second value after the first (two documents run together) is malformed, not silently dropped.
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The articles and rejected items of one document.
     *
     * @param content     the bytes as received
     * @param contentType the media type they came with (HTTP header or record header), or null
     * @throws WireFormatException when the document as a whole cannot be read
     */
    public WireDocument read(byte[] content, String contentType) {
        return read(content, contentType, null);
    }

    /**
     * As {@link #read(byte[], String)}, for a polled feed: the web server's content type names no format the
     * service trusts, and its charset applies only to an XML document that names no encoding itself.
     *
     * @param contentType       the media type the sender vouches for, or null (a feed: null)
     * @param serverContentType the content type a web server sent, or null
     */
    public WireDocument read(byte[] content, String contentType, String serverContentType) {
        if (content == null || content.length == 0) {
            throw new WireFormatException(WireFormatException.UNKNOWN_FORMAT, "The document is empty.");
        }
        if (content.length > maxBytes) {
            throw new WireFormatException(WireFormatException.TOO_LARGE, "The document has " + content.length
                    + " bytes; the limit is " + maxBytes + " bytes.");
        }
        ContentTypeClaim claim = ContentTypeClaim.of(contentType);
        Syntax syntax = Syntax.sniff(content);
        if (syntax == Syntax.NEITHER) {
            if (claim.family() == Syntax.JSON) {
                throw new WireFormatException(WireFormatException.MALFORMED_JSON, "The content type says "
                        + claim.mediaType() + " but the content is not JSON (it does not start with '{' or '[').");
            }
            if (claim.family() == Syntax.XML) {
                throw new WireFormatException(WireFormatException.MALFORMED_XML, "The content type says "
                        + claim.mediaType() + " but the content is not XML (it does not start with '<').");
            }
            throw new WireFormatException(WireFormatException.UNKNOWN_FORMAT, "The content is neither JSON nor XML"
                    + (Syntax.looksBinary(content) ? " (it looks binary)" : "")
                    + "; expected ninjs, NewsML-G2, RSS, Atom or simple JSON.");
        }
        if (claim.family() != null && claim.family() != syntax) {
            throw mismatch(claim, syntax == Syntax.JSON ? "JSON" : "XML");
        }
        return syntax == Syntax.JSON ? readJson(content, claim)
                : readXml(content, claim, ContentTypeClaim.charset(serverContentType));
    }

    private WireDocument readXml(byte[] content, ContentTypeClaim claim, String serverCharset) {
        String text = XmlDecoder.decode(content, claim.charset(), serverCharset);
        Document dom = SecureXmlParser.parse(text);
        Element root = dom.getDocumentElement();
        WireFormat format;
        if (RssParser.isRss(root)) {
            format = WireFormat.RSS;
        } else if (AtomParser.isAtom(root)) {
            format = WireFormat.ATOM;
        } else if (NewsMlG2Parser.isNewsMlG2(root)) {
            format = WireFormat.NEWSML_G2;
        } else {
            String ns = XmlNodes.ns(root);
            throw new WireFormatException(WireFormatException.UNKNOWN_FORMAT, "The XML root element <"
                    + XmlNodes.localName(root) + ">" + (ns.isEmpty() ? " (no namespace)" : " in namespace " + ns)
                    + " is not an RSS, Atom or NewsML-G2 document"
                    + (XmlNodes.localName(root).equals("contentSet") ? " (a bare contentSet is a fragment of a"
                            + " NewsML-G2 item, not an item)" : "") + ".");
        }
        if (claim.format() != null && claim.format() != format) {
            throw mismatch(claim, name(format));
        }
        return switch (format) {
            case RSS -> rss.parse(dom);
            case ATOM -> atom.parse(dom);
            default -> newsMl.parse(dom);
        };
    }

    private WireDocument readJson(byte[] content, ContentTypeClaim claim) {
        String text = utf8(content);
        List<String> lines = jsonLines(text);
        if (lines != null) {
            return readJsonLines(lines, claim);
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            if (claim.jsonLines() && text.indexOf('\n') >= 0) {
                // Declared JSON Lines and not one JSON value: each line is an item, a bad line rejected alone.
                return readJsonLines(lines(text), claim);
            }
            throw new WireFormatException(WireFormatException.MALFORMED_JSON, "The JSON is not well-formed"
                    + location(e) + ": " + e.getOriginalMessage(), e);
        }
        if (root.isObject()) {
            try {
                WireFormat format = classify(root, claim);
                return new WireDocument(format, List.of(article(format, root)), List.of());
            } catch (ItemRejectedException e) {
                throw e.toDocumentFailure(ref(root, null));
            }
        }
        if (!root.isArray()) {
            throw new WireFormatException(WireFormatException.UNKNOWN_FORMAT, "The JSON is a " + root.getNodeType()
                    .toString().toLowerCase(Locale.ROOT) + ", not an object or an array of objects.");
        }
        WireFormat format = null;
        List<NormalisedArticle> items = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        int position = 0;
        for (JsonNode element : root) {
            position++;
            try {
                if (format == null && element.isObject()) {
                    format = classify(element, claim);
                }
                items.add(article(format == null ? WireFormat.SIMPLE_JSON : format, element));
            } catch (ItemRejectedException e) {
                rejected.add(e.toRejectedItem(ref(element, "item[" + position + "]")));
            }
        }
        return new WireDocument(format != null ? format : defaultJsonFormat(claim), items, rejected);
    }

    private WireDocument readJsonLines(List<String> lines, ContentTypeClaim claim) {
        WireFormat format = null;
        List<NormalisedArticle> items = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String ref = "line " + (i + 1);
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                rejected.add(RejectedItem.of(ref, WireFormatException.MALFORMED_JSON, "not well-formed JSON: "
                        + e.getOriginalMessage()));
                continue;
            }
            if (!node.isObject()) {
                rejected.add(RejectedItem.of(ref, WireFormatException.MALFORMED_JSON, "the line is a "
                        + node.getNodeType().toString().toLowerCase(Locale.ROOT) + ", not a JSON object"));
                continue;
            }
            try {
                if (format == null && node.isObject()) {
                    format = classify(node, claim);
                }
                items.add(article(format == null ? WireFormat.SIMPLE_JSON : format, node));
            } catch (ItemRejectedException e) {
                rejected.add(e.toRejectedItem(ref(node, ref)));
            }
        }
        return new WireDocument(format != null ? format : defaultJsonFormat(claim), items, rejected);
    }

    private NormalisedArticle article(WireFormat format, JsonNode node) {
        return format == WireFormat.NINJS ? ninjs.article(node) : simpleJson.article(node);
    }

    /**
     * ninjs when the content type says so or the object has a ninjs {@code uri} (and no {@code id}), a
     * declared ninjs standard or ninjs-only properties; simple JSON when it has an {@code id}.
     */
    private static WireFormat classify(JsonNode node, ContentTypeClaim claim) {
        if (claim.format() == WireFormat.NINJS || claim.format() == WireFormat.SIMPLE_JSON) {
            return claim.format();
        }
        if (node.has("standard") || node.has("$standard") || (node.has("uri") && !node.has("id"))) {
            return WireFormat.NINJS;
        }
        if (node.has("id")) {
            return WireFormat.SIMPLE_JSON;
        }
        if (NinjsSchemas.major(node) != 0) {
            return WireFormat.NINJS;
        }
        throw new ItemRejectedException(WireFormatException.MISSING_FIELD,
                "the JSON object has neither a ninjs 'uri' nor a simple-JSON 'id'");
    }

    private static WireFormat defaultJsonFormat(ContentTypeClaim claim) {
        return claim.format() == WireFormat.NINJS ? WireFormat.NINJS : WireFormat.SIMPLE_JSON;
    }

    /** JSON Lines: two or more non-blank lines, each of them an object on its own. Null otherwise. */
    private static List<String> jsonLines(String text) {
        if (text.indexOf('\n') < 0) {
            return null; // one line: the common case of one item per record, without splitting anything
        }
        List<String> lines = lines(text);
        int nonBlank = 0;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("{")) {
                return null;
            }
            nonBlank++;
        }
        return nonBlank >= 2 ? lines : null;
    }

    /** The lines of a text, as {@code split("\\r?\\n", -1)} gives them. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            lines.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static String ref(JsonNode node, String fallback) {
        String id = node == null ? null : RssParser.firstNonBlank(NinjsParser.text(node, "id"),
                NinjsParser.text(node, "uri"));
        return id != null ? id : fallback;
    }

    /** JSON is UTF-8 (RFC 8259); a byte order mark is tolerated, invalid bytes are not. */
    private static String utf8(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw XmlDecoder.badEncoding("JSON must be UTF-8 and these bytes are not valid UTF-8");
        }
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static WireFormatException mismatch(ContentTypeClaim claim, String actual) {
        return new WireFormatException(WireFormatException.CONTENT_TYPE_MISMATCH, "The content type says "
                + claim.mediaType() + " but the content is " + actual + ".");
    }

    private static String name(WireFormat format) {
        return switch (format) {
            case NINJS -> "ninjs";
            case NEWSML_G2 -> "NewsML-G2";
            case RSS -> "RSS";
            case ATOM -> "Atom";
            case SIMPLE_JSON -> "simple JSON";
        };
    }

    /** Whether content is JSON or XML, judged by its first meaningful character. */
    enum Syntax {
        JSON, XML, NEITHER;

        static Syntax sniff(byte[] content) {
            XmlDecoder.ByteOrder order = XmlDecoder.ByteOrder.sniff(content);
            if (order.charset != null && order != XmlDecoder.ByteOrder.UTF_8_BOM) {
                // UTF-16 or UTF-32 text is XML here: JSON on the wire is UTF-8.
                return XML;
            }
            for (int i = order.bomLength; i < content.length; i++) {
                int b = content[i] & 0xff;
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    continue;
                }
                if (b == '{' || b == '[') {
                    return JSON;
                }
                return b == '<' ? XML : NEITHER;
            }
            return NEITHER;
        }

        static boolean looksBinary(byte[] content) {
            int limit = Math.min(content.length, 512);
            for (int i = 0; i < limit; i++) {
                int b = content[i] & 0xff;
                if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                    return true;
                }
            }
            return false;
        }
    }
}
