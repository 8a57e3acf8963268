package io.newsflow.ingest.wire;

import io.newsflow.contracts.NormalisedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maps RSS 0.9x / 2.0 ({@code <rss>}) and RSS 1.0 / RDF ({@code <rdf:RDF>}) documents: one article per
 * {@code <item>}. An item that cannot be mapped is rejected alone. The mapping per field is in
 * WIRE-FORMATS.md.
 */
final class RssParser {

    /** RSS has had its core elements in no namespace, in Userland's, in RSS 1.0's and in RSS 0.90's. */
    static final Set<String> CORE = Set.of("", "http://backend.userland.com/rss2", "http://backend.userland.com/rss",
            "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
            "http://channel.netscape.com/rdf/simple/0.9/");
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** "jane@example.com (Jane Doe)": the name in brackets is the byline. */
    // Possessive, over classes that cannot overlap (no '@' before it, no '(' in the domain), so that no text makes
    // it backtrack: a long run of '@' or '(' is decided in one pass.
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^[^\\s@]++@[^\\s(]++\\s*+\\((.+)\\)\\s*$");

    WireDocument parse(Document dom) {
        Element root = dom.getDocumentElement();
        Element channel = XmlNodes.child(root, CORE, "channel");
        List<Element> items = new ArrayList<>();
        if (channel != null) {
            items.addAll(XmlNodes.children(channel, CORE, "item"));
        }
        // RSS 1.0 puts items next to the channel; some RSS 0.9x documents have no channel at all.
        items.addAll(XmlNodes.children(root, CORE, "item"));

        List<NormalisedArticle> articles = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            try {
                articles.add(article(item, channel));
            } catch (ItemRejectedException e) {
                rejected.add(e.toRejectedItem(ref(item, i)));
            }
        }
        return new WireDocument(WireFormat.RSS, articles, rejected);
    }

    private NormalisedArticle article(Element item, Element channel) {
        ArticleDraft a = new ArticleDraft(WireFormat.RSS);
        Element guid = XmlNodes.child(item, CORE, "guid");
        String guidText = XmlNodes.text(guid);
        String linkText = XmlNodes.childText(item, CORE, "link");
        String about = item.hasAttributeNS(RDF, "about") ? item.getAttributeNS(RDF, "about").strip() : null;

        a.id = firstNonBlank(guidText, about, linkText);
        a.headline = MarkupText.inline(XmlNodes.childText(item, CORE, "title"));
        a.body = body(item);

        String published = firstNonBlank(XmlNodes.childText(item, CORE, "pubDate"), XmlNodes.childText(item, DC, "date"),
                XmlNodes.childText(item, DCTERMS, "issued"));
        var publishedAt = ArticleDraft.date("pubDate", published);
        var createdAt = ArticleDraft.date("dcterms:created", XmlNodes.childText(item, DCTERMS, "created"));
        var modifiedAt = ArticleDraft.date("dcterms:modified", XmlNodes.childText(item, DCTERMS, "modified"));
        a.firstCreated = createdAt != null ? createdAt : publishedAt != null ? publishedAt : modifiedAt;
        a.versionCreated = modifiedAt != null ? modifiedAt : publishedAt != null ? publishedAt : createdAt;

        a.language = firstNonBlank(XmlNodes.childText(item, DC, "language"),
                channel == null ? null : XmlNodes.childText(channel, CORE, "language"),
                channel == null ? null : XmlNodes.childText(channel, DC, "language"),
                XmlNodes.language(item));
        a.byline = byline(item);
        a.source = firstNonBlank(XmlNodes.childText(item, CORE, "source"),
                channel == null ? null : MarkupText.inline(XmlNodes.childText(channel, CORE, "title")));
        for (Element category : XmlNodes.children(item, CORE, "category")) {
            a.subject(XmlNodes.text(category));
        }
        for (Element subject : XmlNodes.children(item, DC, "subject")) {
            a.subject(XmlNodes.text(subject));
        }
        a.link(XmlNodes.resolveLink(item, linkText));
        // In RSS 2.0 a guid is a permalink unless it says otherwise.
        if (guid != null && !"false".equalsIgnoreCase(XmlNodes.attr(guid, "isPermaLink"))) {
            a.link(XmlNodes.resolveLink(item, guidText));
        }
        return a.build();
    }

    /** The fullest of content:encoded, an inline XHTML body and the description. */
    private static String body(Element item) {
        List<String> candidates = new ArrayList<>();
        candidates.add(MarkupText.fromHtml(XmlNodes.childText(item, CONTENT, "encoded")));
        Element xhtmlBody = XmlNodes.child(item, XHTML, "body");
        if (xhtmlBody != null) {
            candidates.add(MarkupText.fromHtml(XmlNodes.innerMarkup(xhtmlBody)));
        }
        candidates.add(MarkupText.fromXmlText(XmlNodes.childText(item, CORE, "description")));
        String best = null;
        for (String c : candidates) {
            if (c != null && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    private static String byline(Element item) {
        String author = XmlNodes.childText(item, CORE, "author");
        if (author != null) {
            Matcher m = EMAIL_WITH_NAME.matcher(author);
            return m.matches() ? m.group(1).strip() : author;
        }
        List<String> creators = new ArrayList<>();
        for (Element creator : XmlNodes.children(item, DC, "creator")) {
            String name = XmlNodes.text(creator);
            if (name != null) {
                creators.add(name);
            }
        }
        return creators.isEmpty() ? null : String.join(", ", creators);
    }

    private static String ref(Element item, int index) {
        String id = firstNonBlank(XmlNodes.childText(item, CORE, "guid"),
                item.hasAttributeNS(RDF, "about") ? item.getAttributeNS(RDF, "about") : null,
                XmlNodes.childText(item, CORE, "link"));
        return id != null ? id : "item[" + (index + 1) + "]";
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** True for a root element this parser reads. */
    static boolean isRss(Element root) {
        String name = XmlNodes.localName(root);
        if (name.equals("rss") && CORE.contains(XmlNodes.ns(root))) {
            return true;
        }
        return name.equals("RDF") && RDF.equals(XmlNodes.ns(root))
                && (XmlNodes.child(root, CORE, "channel") != null || !XmlNodes.children(root, CORE, "item").isEmpty());
    }
}
