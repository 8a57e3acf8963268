package io.newsflow.ingest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.NormalisedArticle;
import java.util.function.Consumer;

/**
 * Maps the simple JSON form: {@code id} and {@code title} (or {@code headline}) required;
 * {@code version}, {@code body}, {@code published} (or {@code versioncreated}), {@code firstcreated},
 * {@code embargoed}, {@code language}, {@code source}, {@code pubstatus}, {@code byline},
 * {@code subjects}, {@code places}, {@code people}, {@code urgency}, {@code links}, {@code correction}
 * optional; any other field is ignored.
 */
final class SimpleJsonParser {

    NormalisedArticle article(JsonNode doc) {
        if (!doc.isObject()) {
            throw new ItemRejectedException(WireFormatException.MISSING_FIELD, "a simple JSON item is a JSON object");
        }
        ArticleDraft a = new ArticleDraft(WireFormat.SIMPLE_JSON);
        a.id = NinjsParser.text(doc, "id");
        a.version = ArticleDraft.version("version", NinjsParser.text(doc, "version"));
        a.headline = MarkupText.inline(RssParser.firstNonBlank(NinjsParser.text(doc, "title"),
                NinjsParser.text(doc, "headline")));
        a.body = MarkupText.fromTextOrHtml(NinjsParser.text(doc, "body"));
        String published = RssParser.firstNonBlank(NinjsParser.text(doc, "published"),
                NinjsParser.text(doc, "versioncreated"));
        a.versionCreated = ArticleDraft.date(doc.has("published") ? "published" : "versioncreated", published);
        a.firstCreated = ArticleDraft.date("firstcreated", NinjsParser.text(doc, "firstcreated"));
        if (a.firstCreated == null) {
            a.firstCreated = a.versionCreated;
        }
        a.embargoed = ArticleDraft.embargo(NinjsParser.text(doc, "embargoed"));
        a.language = NinjsParser.text(doc, "language");
        a.source = NinjsParser.text(doc, "source");
        a.pubStatus = ArticleDraft.pubStatus(NinjsParser.text(doc, "pubstatus"));
        a.byline = NinjsParser.text(doc, "byline");
        a.urgency = doc.path("urgency").canConvertToInt() ? doc.path("urgency").asInt() : null;
        a.correction = doc.path("correction").asBoolean(false);
        names(doc.get("subjects"), a::subject);
        names(doc.get("places"), a::place);
        names(doc.get("people"), a::person);
        for (JsonNode link : NinjsParser.values(doc.get("links"))) {
            a.link(link.isTextual() ? link.asText() : NinjsParser.text(link, "href"));
        }
        return a.build();
    }

    /** Lists of strings, or of objects with a name. */
    private static void names(JsonNode list, Consumer<String> sink) {
        if (list != null && list.isTextual()) {
            sink.accept(list.asText());
            return;
        }
        for (JsonNode element : NinjsParser.values(list)) {
            sink.accept(element.isTextual() ? element.asText() : NinjsParser.text(element, "name"));
        }
    }
}
