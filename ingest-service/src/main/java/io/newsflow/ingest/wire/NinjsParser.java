package io.newsflow.ingest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.NormalisedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Maps IPTC ninjs 1.x and 2.x documents, each validated first against its ninjs JSON schema
 * ({@link NinjsSchemas}). The mapping per field is in WIRE-FORMATS.md.
 */
final class NinjsParser {

    private static final Pattern CORRECTION_NOTE = Pattern.compile("\\bcorrect(s|ed|ion|ing)?\\b",
            Pattern.CASE_INSENSITIVE);

    private final NinjsSchemas schemas;

    NinjsParser(NinjsSchemas schemas) {
        this.schemas = schemas;
    }

    /** One ninjs document; an invalid or unusable one is rejected through {@link ItemRejectedException}. */
    NormalisedArticle article(JsonNode doc) {
        if (!doc.isObject()) {
            throw new ItemRejectedException(WireFormatException.SCHEMA_INVALID, "a ninjs document is a JSON object");
        }
        NinjsSchemas.Verdict verdict;
        try {
            verdict = schemas.validate(doc);
        } catch (WireFormatException e) {
            throw new ItemRejectedException(e.reason(), e.getMessage());
        }
        if (!verdict.valid()) {
            throw new ItemRejectedException(WireFormatException.SCHEMA_INVALID, "not valid ninjs "
                    + verdict.version() + ": " + ArticleDraft.abbreviate(String.join("; ", verdict.problems())));
        }
        boolean twoX = verdict.version().startsWith("2.");
        ArticleDraft a = new ArticleDraft(WireFormat.NINJS);
        a.id = text(doc, "uri");
        a.version = ArticleDraft.version("version", text(doc, "version"));
        a.firstCreated = ArticleDraft.date("firstcreated", text(doc, "firstcreated"));
        a.versionCreated = ArticleDraft.date("versioncreated", text(doc, "versioncreated"));
        a.embargoed = ArticleDraft.embargo(text(doc, "embargoed"));
        a.pubStatus = ArticleDraft.pubStatus(text(doc, "pubstatus"));
        a.language = text(doc, "language");
        a.urgency = doc.path("urgency").canConvertToInt() ? doc.path("urgency").asInt() : null;
        a.source = RssParser.firstNonBlank(text(doc, "copyrightholder"),
                firstName(doc.get(twoX ? "infosources" : "infosource")));
        a.place(text(doc, "located"));
        if (twoX) {
            twoX(doc, a);
        } else {
            oneX(doc, a);
        }
        for (JsonNode rendition : values(doc.get("renditions"))) {
            a.link(httpOrNull(text(rendition, "href")));
        }
        a.correction = isCorrection(doc, a.version, twoX);
        return a.build();
    }

    private static void twoX(JsonNode doc, ArticleDraft a) {
        JsonNode headline = byRole(doc.get("headlines"), "main");
        a.headline = MarkupText.inline(text(headline, "value"));
        JsonNode body = byRole(doc.get("bodies"), "main");
        a.body = bodyText(text(body, "value"), text(body, "contenttype"));
        a.byline = text(doc, "by");
        names(doc.get("subjects"), a::subject);
        names(doc.get("organisations"), a::subject);
        names(doc.get("places"), a::place);
        names(doc.get("people"), a::person);
    }

    private static void oneX(JsonNode doc, ArticleDraft a) {
        String headline = RssParser.firstNonBlank(text(doc, "headline"), text(doc, "headline_main"),
                firstWithPrefix(doc, "headline_"));
        a.headline = MarkupText.inline(headline);
        String plain = text(doc, "body_text");
        // body_xhtml, body_html and body_richtext are markup by name, even when the value holds no tag;
        // what other body_* hold is judged by their content.
        String marked = RssParser.firstNonBlank(text(doc, "body_xhtml"), text(doc, "body_html"),
                text(doc, "body_richtext"));
        if (plain != null) {
            a.body = MarkupText.fromPlainText(plain);
        } else if (marked != null) {
            a.body = MarkupText.fromHtml(marked);
        } else {
            a.body = MarkupText.fromTextOrHtml(RssParser.firstNonBlank(text(doc, "body_main"),
                    firstWithPrefix(doc, "body_")));
        }
        a.byline = text(doc, "byline");
        names(doc.get("subject"), a::subject);
        names(doc.get("organisation"), a::subject);
        names(doc.get("place"), a::place);
        names(doc.get("person"), a::person);
    }

    /**
     * ninjs 1.x and 2.x have no correction signal; agencies mark corrections in the genre or, on a later
     * version, in the editorial note ("CORRECTS spelling of ..."). A {@code signals} list, as ninjs 3 has,
     * is honoured too.
     */
    private static boolean isCorrection(JsonNode doc, long version, boolean twoX) {
        for (JsonNode genre : values(doc.get(twoX ? "genres" : "genre"))) {
            String all = (text(genre, "name") + " " + text(genre, "code") + " " + text(genre, "uri") + " "
                    + text(genre, "literal")).toLowerCase(Locale.ROOT);
            if (all.contains("correction")) {
                return true;
            }
        }
        for (JsonNode signal : values(doc.get("signals"))) {
            String value = signal.isTextual() ? signal.asText() : text(signal, "code") + " " + text(signal, "uri");
            if (value.toLowerCase(Locale.ROOT).contains("correction")) {
                return true;
            }
        }
        String ednote = text(doc, "ednote");
        return version > 1 && ednote != null && CORRECTION_NOTE.matcher(ednote).find();
    }

    private static String bodyText(String value, String contentType) {
        if (value == null) {
            return null;
        }
        if (contentType == null) {
            return MarkupText.fromTextOrHtml(value);
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.contains("xml") ? MarkupText.fromHtml(value)
                : MarkupText.fromPlainText(value);
    }

    /** The element of a 2.x role list whose role is {@code role}, else the first one with a value. */
    private static JsonNode byRole(JsonNode list, String role) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        for (JsonNode element : list) {
            if (role.equals(text(element, "role")) && text(element, "value") != null) {
                return element;
            }
        }
        for (JsonNode element : list) {
            if (text(element, "value") != null) {
                return element;
            }
        }
        return null;
    }

    private static void names(JsonNode list, Consumer<String> sink) {
        for (JsonNode element : values(list)) {
            sink.accept(RssParser.firstNonBlank(text(element, "name"), text(element, "literal"), text(element, "code"),
                    text(element, "uri")));
        }
    }

    private static String firstName(JsonNode list) {
        for (JsonNode element : values(list)) {
            String name = text(element, "name");
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String firstWithPrefix(JsonNode doc, String prefix) {
        for (Map.Entry<String, JsonNode> field : doc.properties()) {
            if (field.getKey().startsWith(prefix) && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    /** The elements of an array, or the values of an object (1.x keeps renditions and associations in maps). */
    static Iterable<JsonNode> values(JsonNode node) {
        if (node == null || !node.isContainerNode()) {
            return List.of();
        }
        return node::elements;
    }

    /** The text of a scalar field, or null when absent, null, blank or not a scalar. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }

    private static String httpOrNull(String href) {
        if (href == null) {
            return null;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? href : null;
    }
}
