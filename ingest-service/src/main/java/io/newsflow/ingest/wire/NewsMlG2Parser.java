package io.newsflow.ingest.wire;

import io.newsflow.contracts.NormalisedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maps IPTC NewsML-G2: a {@code newsItem} is one article; a {@code newsMessage} carries many, and each
 * item of its {@code itemSet} is mapped or rejected alone. Package, concept, knowledge, catalog and
 * planning items are valid G2 but not articles: they are refused with {@code unsupported-item}.
 *
 * <p>Elements are read in the NewsML-G2 namespace and also in no namespace, because real agency
 * profiles (TT's, for one) send G2 without declaring it.
 */
final class NewsMlG2Parser {

    static final String NAR = "http://iptc.org/std/nar/2006-10-01/";
    private static final Set<String> NS = Set.of(NAR, "");
    private static final String NITF = "http://iptc.org/std/NITF/2006-10-18/";
    private static final Set<String> ITEM_ROOTS = Set.of("newsItem", "packageItem", "conceptItem", "knowledgeItem",
            "catalogItem", "planningItem");

    WireDocument parse(Document dom) {
        Element root = dom.getDocumentElement();
        String rootName = XmlNodes.localName(root);
        if (rootName.equals("newsMessage")) {
            return message(root);
        }
        try {
            return new WireDocument(WireFormat.NEWSML_G2, List.of(item(root)), List.of());
        } catch (ItemRejectedException e) {
            throw e.toDocumentFailure(XmlNodes.attr(root, "guid"));
        }
    }

    private WireDocument message(Element message) {
        List<NormalisedArticle> articles = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        Element itemSet = XmlNodes.child(message, NS, "itemSet");
        if (itemSet == null) {
            throw new WireFormatException(WireFormatException.MISSING_FIELD,
                    "The NewsML-G2 newsMessage has no itemSet, so it carries no item.");
        }
        int position = 0;
        for (Element item : XmlNodes.elements(itemSet)) {
            position++;
            try {
                articles.add(item(item));
            } catch (ItemRejectedException e) {
                String guid = XmlNodes.attr(item, "guid");
                rejected.add(e.toRejectedItem(guid != null ? guid
                        : XmlNodes.localName(item) + "[" + position + "]"));
            }
        }
        return new WireDocument(WireFormat.NEWSML_G2, articles, rejected);
    }

    private NormalisedArticle item(Element item) {
        String name = XmlNodes.localName(item);
        if (!name.equals("newsItem")) {
            throw new ItemRejectedException(WireFormatException.UNSUPPORTED_ITEM, "a NewsML-G2 " + name
                    + " is not a news article; only newsItem is ingested");
        }
        ArticleDraft a = new ArticleDraft(WireFormat.NEWSML_G2);
        a.id = XmlNodes.attr(item, "guid");
        a.version = ArticleDraft.version("version", XmlNodes.attr(item, "version"));

        Element itemMeta = XmlNodes.child(item, NS, "itemMeta");
        Element contentMeta = XmlNodes.child(item, NS, "contentMeta");
        Map<String, String> assertedNames = assertedNames(item);

        if (itemMeta != null) {
            a.versionCreated = ArticleDraft.date("versionCreated", XmlNodes.childText(itemMeta, NS, "versionCreated"));
            a.firstCreated = ArticleDraft.date("firstCreated", XmlNodes.childText(itemMeta, NS, "firstCreated"));
            a.embargoed = ArticleDraft.embargo(XmlNodes.childText(itemMeta, NS, "embargoed"));
            Element pubStatus = XmlNodes.child(itemMeta, NS, "pubStatus");
            if (pubStatus != null) {
                a.pubStatus = ArticleDraft.pubStatus(code(pubStatus));
            }
            a.source = party(XmlNodes.child(itemMeta, NS, "provider"));
            for (Element signal : XmlNodes.children(itemMeta, NS, "signal")) {
                if ("correction".equalsIgnoreCase(code(signal))) {
                    a.correction = true;
                }
            }
            for (Element link : XmlNodes.children(itemMeta, NS, "link")) {
                a.link(XmlNodes.resolveLink(link, XmlNodes.attr(link, "href")));
            }
        }
        if (contentMeta != null) {
            contentMeta(a, contentMeta, assertedNames);
        }
        if (a.language == null) {
            // No contentMeta/language: the xml:lang of the headline (a picture's often has one), else the item's.
            Element headline = contentMeta == null ? null : XmlNodes.child(contentMeta, NS, "headline");
            a.language = XmlNodes.language(headline != null ? headline : item);
        }
        String body = body(XmlNodes.child(item, NS, "contentSet"));
        if (body == null && contentMeta != null) {
            // Pictures and videos carry their text as a caption or summary.
            body = MarkupText.fromXmlText(XmlNodes.childText(contentMeta, NS, "description"));
        }
        a.body = body;
        if (a.byline == null) {
            a.byline = nitfByline(XmlNodes.child(item, NS, "contentSet"));
        }
        if (a.byline == null && contentMeta != null) {
            List<String> creators = new ArrayList<>();
            for (Element creator : XmlNodes.children(contentMeta, NS, "creator")) {
                String creatorName = XmlNodes.childText(creator, NS, "name");
                if (creatorName != null) {
                    creators.add(creatorName);
                }
            }
            a.byline = creators.isEmpty() ? null : String.join(", ", creators);
        }
        return a.build();
    }

    private void contentMeta(ArticleDraft a, Element contentMeta, Map<String, String> assertedNames) {
        if (a.firstCreated == null) {
            a.firstCreated = ArticleDraft.date("contentCreated", XmlNodes.childText(contentMeta, NS, "contentCreated"));
        }
        Element language = XmlNodes.child(contentMeta, NS, "language");
        a.language = XmlNodes.attr(language, "tag");
        a.headline = MarkupText.inline(XmlNodes.childText(contentMeta, NS, "headline"));
        a.byline = MarkupText.inline(XmlNodes.childText(contentMeta, NS, "by"));
        String urgency = XmlNodes.childText(contentMeta, NS, "urgency");
        if (urgency != null && urgency.matches("\\d{1,2}")) {
            a.urgency = Integer.parseInt(urgency);
        }
        for (Element located : XmlNodes.children(contentMeta, NS, "located")) {
            a.place(conceptName(located, assertedNames));
        }
        for (Element subject : XmlNodes.children(contentMeta, NS, "subject")) {
            String type = XmlNodes.attr(subject, "type");
            String conceptName = conceptName(subject, assertedNames);
            if ("cpnat:person".equals(type)) {
                a.person(conceptName);
            } else if ("cpnat:geoArea".equals(type) || "cpnat:poi".equals(type)) {
                a.place(conceptName);
            } else {
                a.subject(conceptName);
            }
        }
    }

    /** The name of a concept: its own name, the name an {@code <assert>} of the item gives, or its code. */
    private static String conceptName(Element concept, Map<String, String> assertedNames) {
        String own = XmlNodes.childText(concept, NS, "name");
        if (own != null) {
            return own;
        }
        String qcode = XmlNodes.attr(concept, "qcode");
        if (qcode != null && assertedNames.containsKey(qcode)) {
            return assertedNames.get(qcode);
        }
        return RssParser.firstNonBlank(qcode, XmlNodes.attr(concept, "uri"), XmlNodes.attr(concept, "literal"));
    }

    private static Map<String, String> assertedNames(Element item) {
        Map<String, String> names = new HashMap<>();
        for (Element assertion : XmlNodes.children(item, NS, "assert")) {
            String qcode = XmlNodes.attr(assertion, "qcode");
            String assertedName = XmlNodes.childText(assertion, NS, "name");
            if (qcode != null && assertedName != null) {
                names.put(qcode, assertedName);
            }
        }
        return names;
    }

    /** A provider or other party: its name, else the code of its qcode, else its uri. */
    private static String party(Element party) {
        if (party == null) {
            return null;
        }
        String partyName = XmlNodes.childText(party, NS, "name");
        if (partyName != null) {
            return partyName;
        }
        String qcode = XmlNodes.attr(party, "qcode");
        if (qcode != null) {
            return qcode.substring(qcode.indexOf(':') + 1);
        }
        return RssParser.firstNonBlank(XmlNodes.attr(party, "literal"), XmlNodes.attr(party, "uri"));
    }

    /**
     * Clean text of the first inline content: NITF body.content, XHTML or HTML, or inline data. Inline XML
     * of another vocabulary (SportsML statistics, say) is data, not text: its names and numbers run
     * together would make no article.
     */
    private static String body(Element contentSet) {
        if (contentSet == null) {
            return null;
        }
        for (Element content : XmlNodes.elements(contentSet)) {
            String kind = XmlNodes.localName(content);
            String text = null;
            if (kind.equals("inlineXML")) {
                Element nitfContent = nitfBodyContent(content);
                if (nitfContent != null) {
                    text = MarkupText.fromHtml(XmlNodes.innerMarkup(nitfContent));
                } else if (isMarkup(XmlNodes.attr(content, "contenttype"))) {
                    text = MarkupText.fromHtml(XmlNodes.innerMarkup(content));
                }
            } else if (kind.equals("inlineData")) {
                text = MarkupText.fromTextOrHtml(content.getTextContent());
            }
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** An inline XML content type whose text is the article: NITF, XHTML or HTML; none declared is taken as such. */
    private static boolean isMarkup(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.contains("html") || type.contains("nitf");
    }

    private static Element nitfBodyContent(Element inlineXml) {
        Element nitf = XmlNodes.child(inlineXml, Set.of(NITF, ""), "nitf");
        Element body = nitf == null ? null : XmlNodes.child(nitf, Set.of(NITF, ""), "body");
        return body == null ? null : XmlNodes.child(body, Set.of(NITF, ""), "body.content");
    }

    private static String nitfByline(Element contentSet) {
        if (contentSet == null) {
            return null;
        }
        for (Element inlineXml : XmlNodes.children(contentSet, NS, "inlineXML")) {
            Element nitf = XmlNodes.child(inlineXml, Set.of(NITF, ""), "nitf");
            Element body = nitf == null ? null : XmlNodes.child(nitf, Set.of(NITF, ""), "body");
            Element head = body == null ? null : XmlNodes.child(body, Set.of(NITF, ""), "body.head");
            Element byline = head == null ? null : XmlNodes.child(head, Set.of(NITF, ""), "byline");
            if (byline != null) {
                return MarkupText.inlinePlain(byline.getTextContent());
            }
        }
        return null;
    }

    /** True for a root element this parser reads. */
    static boolean isNewsMlG2(Element root) {
        String name = XmlNodes.localName(root);
        return NS.contains(XmlNodes.ns(root)) && (name.equals("newsMessage") || ITEM_ROOTS.contains(name));
    }

    /**
     * The code a qualifying property (pubStatus, signal) names, without its scheme: from {@code @qcode}
     * ("stat:canceled"), or else from {@code @uri}, which G2 allows instead and whose last segment is the code
     * ("http://cv.iptc.org/newscodes/pubstatusg2/canceled"); null when it has neither.
     */
    private static String code(Element property) {
        String qcode = XmlNodes.attr(property, "qcode");
        if (qcode != null) {
            return qcode.substring(qcode.lastIndexOf(':') + 1);
        }
        String uri = XmlNodes.attr(property, "uri");
        if (uri == null) {
            return null;
        }
        int end = uri.length();
        while (end > 0 && (uri.charAt(end - 1) == '/' || uri.charAt(end - 1) == '#')) {
            end--;
        }
        String path = uri.substring(0, end);
        return path.substring(Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('#'), path.lastIndexOf(':'))) + 1);
    }
}
