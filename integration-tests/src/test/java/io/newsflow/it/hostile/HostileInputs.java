package io.newsflow.it.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded generator of malformed and hostile inputs: wire documents derived from valid ones (cut, corrupted,
 * carrying DTDs, nested without end, lying about their encoding, ...) and gateway query parameters (broken syntax,
 * absurd numbers, control characters, injection attempts). The same seed gives the same inputs, so a failure can
 * be replayed with {@code -Dnewsflow.hostile.seed=N}.
 */
public final class HostileInputs {

    /**
     * One generated document: what was done to it, its bytes, the content type it is sent with (or null) and what a
     * reader must make of it.
     */
    public record Document(String mutation, byte[] body, String contentType, Verdict verdict) {
    }

    /** What a reader must make of a generated document, judged from the mutation alone (never from a reader's answer). */
    public enum Verdict {
        /**
         * No document at all, whatever the content type says: empty, cut short, random bytes, a DTD, nesting past
         * any reader's limit, JSON that is not UTF-8, two roots. Refused as a whole, with a reason.
         */
        REFUSED,
        /**
         * May still hold valid items (a flipped byte inside a text, a control character a format allows, a huge but
         * well-formed item, one item of the wrong shape beside another): read, refused or rejected item by item,
         * each refusal with a reason.
         */
        UNDECIDED
    }

    private static final List<String> CONTENT_TYPES = Arrays.asList(
            "application/json", "application/xml", "application/rss+xml", "application/atom+xml", "text/xml",
            "text/plain", "application/octet-stream", null);
    private static final String[] QUERY_PIECES = {
        "edinburgh", "إدنبرة", "réunion", "\"", "(", ")", "AND", "OR", "NOT", "title:", "source:", "lang:", "*", "?", "~",
        "\\", "/.*/", "{\"query\":{\"match_all\":{}}}", "\"}},\"script\":{\"source\":\"x\"}}", "\u0000", "\u202e",
        "\u200f", "\ufeff", "\ud83d\ude00", "<script>alert(1)</script>", "' OR 1=1 --", "%00", "%%", "${jndi:x}",
        "\n", "\t", "-", "+", "!", "^2", "[1 TO 2]", ":", "::", "ـــ", "الـ", "وال"};
    private static final String[] NUMBERS = {"-1", "0", "1", "20", "10001", "2147483648", "99999999999999999999",
        "1e9", "abc", "", " ", "0x10", "NaN", "-0", "3.5"};
    private static final String[] DATES = {"2025-06-01", "2025-02-30", "yesterday", "01/06/2025", "2025-06-01T25:00:00Z",
        "0000-00-00", "9999-12-31", "-2025-01-01", "2025-06-01T10:00:00+99:00", ""};
    private static final String[] PARAMETERS = {"q", "limit", "offset", "sort", "from", "to", "language", "source",
        "entity", "entityType", "eventType", "place", "cluster", "facets", "collapse", "cursor", "killed", "bbox",
        "window", "at", "type", "actor"};

    private final Random random;
    private final List<Function<byte[], Document>> mutations = List.of(
            this::truncated, this::bytesFlipped, this::externalEntity, this::entityExpansion, this::deepNesting,
            this::lyingEncoding, this::controlCharacters, this::hugeToken, this::wrongJsonTypes, this::empty,
            this::binaryJunk, this::duplicatedRoot);

    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile document derived from {@code valid}. */
    public Document document(byte[] valid) {
        return mutations.get(random.nextInt(mutations.size())).apply(valid);
    }

    /** Query parameters for a search route: mostly wrong, sometimes right, never safe by construction. */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = PARAMETERS[random.nextInt(PARAMETERS.length)];
            parameters.put(name, valueFor(name));
        }
        return parameters;
    }

    private String valueFor(String name) {
        return switch (name) {
            case "q", "source", "entity", "place", "actor", "cluster", "type", "eventType", "entityType", "language", "sort" -> query();
            case "limit", "offset" -> pick(NUMBERS);
            case "from", "to", "at" -> pick(DATES);
            case "bbox" -> String.join(",", pick(NUMBERS), pick(NUMBERS), pick(NUMBERS), pick(NUMBERS));
            case "cursor" -> random.nextBoolean() ? "start" : java.util.Base64.getEncoder().encodeToString(randomBytes(1 + random.nextInt(200)));
            default -> random.nextBoolean() ? pick(new String[] {"true", "false", "maybe", "1", ""}) : query();
        };
    }

    private String query() {
        StringBuilder query = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            query.append(pick(QUERY_PIECES));
            if (random.nextInt(3) > 0) {
                query.append(' ');
            }
        }
        if (random.nextInt(20) == 0) {
            query.append("x".repeat(2_000 + random.nextInt(10_000)));
        }
        return query.toString();
    }

    /** Cut before the document's last character that is not white space, so that the cut always takes content. */
    private Document truncated(byte[] valid) {
        return new Document("truncated", Arrays.copyOf(valid, random.nextInt(Math.max(1, contentEnd(valid)))), contentType(),
                Verdict.REFUSED);
    }

    private Document bytesFlipped(byte[] valid) {
        byte[] body = valid.clone();
        int flips = 1 + random.nextInt(Math.max(1, body.length / 50));
        for (int i = 0; i < flips && body.length > 0; i++) {
            body[random.nextInt(body.length)] = (byte) random.nextInt(256);
        }
        return new Document("bytes flipped", body, contentType(), Verdict.UNDECIDED);
    }

    private Document externalEntity(byte[] valid) {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>";
        return new Document("external entity", utf8(xml), "application/rss+xml", Verdict.REFUSED);
    }

    private Document entityExpansion(byte[] valid) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&lol9;</title></feed>");
        return new Document("entity expansion", utf8(dtd.toString()), contentType(), Verdict.REFUSED);
    }

    private Document deepNesting(byte[] valid) {
        int depth = 5_000 + random.nextInt(50_000);
        String body = random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "<rss>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</rss>";
        return new Document("deep nesting", utf8(body), contentType(), Verdict.REFUSED);
    }

    private Document lyingEncoding(byte[] valid) {
        String text = new String(valid, StandardCharsets.UTF_8);
        if (text.startsWith("<?xml")) {
            text = text.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + pick(new String[] {"UTF-16", "EBCDIC-XX", "ISO-2022-JP", "x-unknown"}) + "\"");
            // A declared ISO-2022-JP over mostly ASCII may still read as a document.
            return new Document("lying encoding", utf8(text), contentType(), Verdict.UNDECIDED);
        }
        // JSON must be UTF-8 (RFC 8259); XML in UTF-16 without a declaration is still XML.
        Verdict verdict = text.stripLeading().startsWith("<") ? Verdict.UNDECIDED : Verdict.REFUSED;
        return new Document("lying encoding", text.getBytes(StandardCharsets.UTF_16LE), "application/json; charset=utf-8", verdict);
    }

    private Document controlCharacters(byte[] valid) {
        StringBuilder text = new StringBuilder(new String(valid, StandardCharsets.UTF_8));
        String[] controls = {"\u0000", "\u0007", "\u001b[2J", "\u202e", "\u200f", "\ufffe", "\ud800"};
        for (int i = 0; i < 1 + random.nextInt(20) && text.length() > 0; i++) {
            text.insert(random.nextInt(text.length()), pick(controls));
        }
        return new Document("control characters", text.toString().getBytes(StandardCharsets.UTF_8), contentType(),
                Verdict.UNDECIDED);
    }

    private Document hugeToken(byte[] valid) {
        String token = "ا".repeat(100_000 + random.nextInt(400_000));
        return new Document("huge token", utf8("{\"id\": \"huge-" + random.nextInt(1_000_000) + "\", \"title\": \"" + token
                + "\", \"body\": \"" + token + "\"}"), "application/json", Verdict.UNDECIDED);
    }

    private Document wrongJsonTypes(byte[] valid) {
        String[] values = {"null", "42", "[]", "{}", "true", "\"\"", "[\"a\", {\"b\": 1}]", "1e999"};
        String body = "{\"id\": " + pick(values) + ", \"title\": " + pick(values) + ", \"body\": " + pick(values)
                + ", \"published\": " + pick(values) + ", \"version\": " + pick(values) + ", \"language\": " + pick(values) + "}";
        return new Document("wrong JSON types", utf8(random.nextBoolean() ? body : "[" + body + "," + body + "]"), "application/json",
                Verdict.UNDECIDED);
    }

    private Document empty(byte[] valid) {
        return new Document("empty", new byte[0], contentType(), Verdict.REFUSED);
    }

    private Document binaryJunk(byte[] valid) {
        return new Document("binary junk", randomBytes(1 + random.nextInt(64 * 1024)), contentType(), Verdict.REFUSED);
    }

    /**
     * The document twice, the second copy right after the first's last character that is not white space: two roots
     * are not one JSON text (RFC 8259) nor one XML document, and the first line of the second copy shares a line with
     * the end of the first, so that two one-line JSON objects do not make JSON Lines.
     */
    private Document duplicatedRoot(byte[] valid) {
        int end = contentEnd(valid);
        byte[] body = new byte[end + valid.length];
        System.arraycopy(valid, 0, body, 0, end);
        System.arraycopy(valid, 0, body, end, valid.length);
        return new Document("duplicated root", body, contentType(), Verdict.REFUSED);
    }

    /** The length of a document without the white space that ends it. */
    private static int contentEnd(byte[] document) {
        int end = document.length;
        while (end > 0 && Character.isWhitespace(document[end - 1])) {
            end--;
        }
        return end;
    }

    private String contentType() {
        return CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The seed of this run: {@code -Dnewsflow.hostile.seed}, else a fixed one so that a build is repeatable. */
    public static long seed() {
        String configured = System.getProperty("newsflow.hostile.seed");
        return configured == null || configured.isBlank() ? 20_261_129L : Long.parseLong(configured);
    }
}
