package io.newsflow.ingest.wire;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maps Atom 1.0 feeds and entry documents (and the older Atom 0.3, whose dates are named differently):
 * one article per {@code <entry>}, and one kill (pubStatus CANCELED) per RFC 6721
 * {@code <at:deleted-entry>} tombstone. An entry that cannot be mapped is rejected alone.
 */
final class AtomParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ATOM_03 = "http://purl.org/atom/ns#";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    private static final Set<String> NS = Set.of(ATOM, ATOM_03);

    WireDocument parse(Document dom) {
        Element root = dom.getDocumentElement();
        if (XmlNodes.localName(root).equals("entry")) {
            try {
                return new WireDocument(WireFormat.ATOM, List.of(entry(root, null)), List.of());
            } catch (ItemRejectedException e) {
                throw e.toDocumentFailure(XmlNodes.childText(root, NS, "id"));
            }
        }
        List<NormalisedArticle> articles = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        int position = 0;
        for (Element child : XmlNodes.elements(root)) {
            String name = XmlNodes.localName(child);
            boolean isEntry = name.equals("entry") && NS.contains(XmlNodes.ns(child));
            boolean isTombstone = name.equals("deleted-entry") && TOMBSTONES.equals(XmlNodes.ns(child));
            if (!isEntry && !isTombstone) {
                continue;
            }
            position++;
            try {
                articles.add(isEntry ? entry(child, root) : tombstone(child, root));
            } catch (ItemRejectedException e) {
                rejected.add(e.toRejectedItem(ref(child, position)));
            }
        }
        return new WireDocument(WireFormat.ATOM, articles, rejected);
    }

    private NormalisedArticle entry(Element entry, Element feed) {
        ArticleDraft a = new ArticleDraft(WireFormat.ATOM);
        a.id = XmlNodes.childText(entry, NS, "id");
        a.headline = textConstruct(XmlNodes.child(entry, NS, "title"), true);
        Element content = XmlNodes.child(entry, NS, "content");
        String body = content == null || content.hasAttribute("src") ? null : textConstruct(content, false);
        Element summary = XmlNodes.child(entry, NS, "summary");
        a.body = body != null ? body : textConstruct(summary, false);

        Instant published = ArticleDraft.date("published", RssParser.firstNonBlank(
                XmlNodes.childText(entry, NS, "published"), XmlNodes.childText(entry, NS, "issued"),
                XmlNodes.childText(entry, NS, "created")));
        Instant updated = ArticleDraft.date("updated", RssParser.firstNonBlank(
                XmlNodes.childText(entry, NS, "updated"), XmlNodes.childText(entry, NS, "modified")));
        a.firstCreated = published != null ? published : updated;
        a.versionCreated = updated != null ? updated : published;

        Element languageCarrier = body != null ? content : summary != null && a.body != null ? summary : entry;
        a.language = XmlNodes.language(languageCarrier);
        Element source = XmlNodes.child(entry, NS, "source");
        a.byline = RssParser.firstNonBlank(authors(entry), source == null ? null : authors(source),
                feed == null ? null : authors(feed));
        a.source = RssParser.firstNonBlank(
                source == null ? null : textConstruct(XmlNodes.child(source, NS, "title"), true),
                feed == null ? null : textConstruct(XmlNodes.child(feed, NS, "title"), true));
        for (Element category : XmlNodes.children(entry, NS, "category")) {
            a.subject(RssParser.firstNonBlank(XmlNodes.attr(category, "label"), XmlNodes.attr(category, "term")));
        }
        for (Element link : XmlNodes.children(entry, NS, "link")) {
            String rel = XmlNodes.attr(link, "rel");
            if (rel == null || rel.equals("alternate")) {
                a.link(XmlNodes.resolveLink(link, XmlNodes.attr(link, "href")));
            }
        }
        return a.build();
    }

    /** RFC 6721: the entry with this ref is gone; downstream it is a kill like a ninjs "canceled". */
    private NormalisedArticle tombstone(Element deleted, Element feed) {
        ArticleDraft a = new ArticleDraft(WireFormat.ATOM);
        a.id = XmlNodes.attr(deleted, "ref");
        a.pubStatus = PubStatus.CANCELED;
        a.versionCreated = ArticleDraft.date("when", XmlNodes.attr(deleted, "when"));
        a.body = MarkupText.fromPlainText(XmlNodes.childText(deleted, TOMBSTONES, "comment"));
        a.source = feed == null ? null : textConstruct(XmlNodes.child(feed, NS, "title"), true);
        return a.build();
    }

    /** An Atom text construct as clean text: type text is taken literally, html and xhtml are de-marked. */
    private static String textConstruct(Element e, boolean inline) {
        if (e == null) {
            return null;
        }
        String type = XmlNodes.attr(e, "type");
        String t = type == null ? "text" : type;
        String text;
        if (t.equals("xhtml") || t.equals("application/xhtml+xml")) {
            Element div = XmlNodes.child(e, "http://www.w3.org/1999/xhtml", "div");
            text = MarkupText.fromHtml(XmlNodes.innerMarkup(div != null ? div : e));
        } else if (t.equals("html") || t.equals("text/html")) {
            text = MarkupText.fromHtml(e.getTextContent());
        } else {
            text = inline ? e.getTextContent() : MarkupText.fromPlainText(e.getTextContent());
        }
        return inline ? MarkupText.inlinePlain(text) : text;
    }

    private static String authors(Element parent) {
        List<String> names = new ArrayList<>();
        for (Element author : XmlNodes.children(parent, NS, "author")) {
            String name = XmlNodes.childText(author, NS, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String ref(Element e, int position) {
        String id = XmlNodes.localName(e).equals("entry") ? XmlNodes.childText(e, NS, "id") : XmlNodes.attr(e, "ref");
        return id != null ? id : "entry[" + position + "]";
    }

    /** True for a root element this parser reads. */
    static boolean isAtom(Element root) {
        String name = XmlNodes.localName(root);
        return (name.equals("feed") || name.equals("entry")) && NS.contains(XmlNodes.ns(root));
    }
}
