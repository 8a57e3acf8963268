package io.newsflow.ingest.wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Small reads over a namespace-aware DOM that the XML parsers share. */
final class XmlNodes {

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "img", "input", "meta", "link", "wbr",
            "area", "base", "col", "embed", "source", "track");

    private XmlNodes() {
    }

    /** Child elements with this local name whose namespace is one of {@code namespaces} (null stands for none). */
    static List<Element> children(Element parent, Set<String> namespaces, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e)) && namespaces.contains(ns(e))) {
                found.add(e);
            }
        }
        return found;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        return children(parent, namespace == null ? Set.of("") : Set.of(namespace), localName);
    }

    static Element child(Element parent, Set<String> namespaces, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(localName(e)) && namespaces.contains(ns(e))) {
                return e;
            }
        }
        return null;
    }

    static Element child(Element parent, String namespace, String localName) {
        return child(parent, namespace == null ? Set.of("") : Set.of(namespace), localName);
    }

    /** All element children, whatever their name. */
    static List<Element> elements(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.add(e);
            }
        }
        return found;
    }

    /** The trimmed text of the first matching child, or null when there is none or it is blank. */
    static String childText(Element parent, Set<String> namespaces, String localName) {
        Element e = child(parent, namespaces, localName);
        return e == null ? null : text(e);
    }

    static String childText(Element parent, String namespace, String localName) {
        Element e = child(parent, namespace, localName);
        return e == null ? null : text(e);
    }

    /** The trimmed text content, or null when blank. */
    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        if (t == null) {
            return null;
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    /** An attribute value, trimmed, or null when absent or blank. */
    static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        String v = e.getAttribute(name).strip();
        return v.isEmpty() ? null : v;
    }

    static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    static String ns(Node n) {
        return n.getNamespaceURI() == null ? "" : n.getNamespaceURI();
    }

    /** The {@code xml:lang} in force on this element: its own or its nearest ancestor's. */
    static String language(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            String lang = el.getAttributeNS(XML_NS, "lang");
            if (lang != null && !lang.isBlank()) {
                return lang.strip();
            }
        }
        return null;
    }

    /**
     * The absolute http(s) address a link names, resolved against the {@code xml:base} values in force;
     * null when it is not an http(s) address. A base in another scheme (the {@code javascript:} trick) is
     * never used, and neither is a link that is not http(s) after resolution.
     */
    static String resolveLink(Element context, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String candidate = href.strip();
        try {
            URI uri = new URI(candidate.replace(" ", "%20"));
            if (!uri.isAbsolute()) {
                URI base = base(context);
                if (base == null) {
                    return null;
                }
                uri = base.resolve(uri);
            }
            return isHttp(uri) ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URI base(Element context) {
        List<String> bases = new ArrayList<>();
        for (Node n = context; n instanceof Element el; n = n.getParentNode()) {
            String b = el.getAttributeNS(XML_NS, "base");
            if (b != null && !b.isBlank()) {
                bases.add(0, b.strip());
            }
        }
        URI base = null;
        for (String b : bases) {
            try {
                URI next = new URI(b.replace(" ", "%20"));
                URI resolved = next.isAbsolute() ? next : base == null ? null : base.resolve(next);
                base = resolved != null && isHttp(resolved) ? resolved : base;
            } catch (URISyntaxException | IllegalArgumentException e) {
                // An unusable base is ignored, as if absent.
            }
        }
        return base;
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return false;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        return (s.equals("http") || s.equals("https")) && uri.getHost() != null;
    }

    /**
     * The markup of the element's children, written back as text (namespace prefixes dropped), so that
     * inline XHTML or NITF can be read by the same HTML-to-text path as escaped HTML.
     */
    static String innerMarkup(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, out);
        }
        return out.toString();
    }

    private static void write(Node n, StringBuilder out) {
        switch (n.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> escape(n.getNodeValue(), out);
            case Node.ELEMENT_NODE -> {
                String name = localName(n);
                out.append('<').append(name);
                NamedNodeMap attrs = n.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Attr a = (Attr) attrs.item(i);
                    String attrName = localName(a);
                    if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()) || attrName.equals("xmlns")) {
                        continue;
                    }
                    out.append(' ').append(attrName).append("=\"");
                    escape(a.getValue(), out);
                    out.append('"');
                }
                out.append('>');
                if (VOID_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
                    return;
                }
                for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    write(c, out);
                }
                out.append("</").append(name).append('>');
            }
            default -> {
                // Comments and processing instructions carry no text of the article.
            }
        }
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
