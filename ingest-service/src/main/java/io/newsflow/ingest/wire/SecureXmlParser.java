package io.newsflow.ingest.wire;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML text into a DOM with everything that can reach outside the document, or expand without
 * bound, switched off: no DOCTYPE at all (so no entity, internal or external, no billion laughs, no
 * external DTD), no XInclude, no external schema, JDK secure-processing limits on, and an entity
 * resolver that refuses anyway in case a parser implementation ignores a feature.
 */
final class SecureXmlParser {

    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXmlParser::newBuilder);

    private SecureXmlParser() {
    }

    /** The DOM of the text; refuses any DOCTYPE before the parser sees it. */
    static Document parse(String text) {
        refuseDoctype(text);
        DocumentBuilder builder = BUILDER.get();
        try {
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw failure(e);
        } catch (SAXException e) {
            throw failure(e);
        } catch (IOException e) {
            throw new WireFormatException(WireFormatException.MALFORMED_XML, "The XML could not be read: " + e.getMessage()
                    + ".", e);
        } finally {
            // reset() puts back the factory's resolver and handler (none), so ours are set again each time
            builder.reset();
            guard(builder);
        }
    }

    /**
     * Looks at the prolog (what comes before the root element) for a document type declaration:
     * a DTD is where entities, external or exponential, are declared, and news formats need none.
     */
    static void refuseDoctype(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return;
                }
                i = end + 3;
            } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                throw doctypeRefused();
            } else {
                return;
            }
        }
    }

    private static WireFormatException doctypeRefused() {
        return new WireFormatException(WireFormatException.DTD_REFUSED,
                "The XML carries a DOCTYPE declaration; document type definitions and entities are refused"
                        + " (nothing was expanded or fetched). Send the document without a DOCTYPE.");
    }

    private static WireFormatException failure(SAXException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE") || message.contains("external entity")) {
            return doctypeRefused();
        }
        String where = "";
        if (e instanceof SAXParseException pe && pe.getLineNumber() > 0) {
            where = " (line " + pe.getLineNumber() + ", column " + pe.getColumnNumber() + ")";
        }
        return new WireFormatException(WireFormatException.MALFORMED_XML,
                "The XML is not well-formed" + where + ": " + message, e);
    }

    private static DocumentBuilder newBuilder() {
        try {
            return guard(FACTORY.newDocumentBuilder());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refuses the secure configuration", e);
        }
    }

    /** The builder with an entity resolver that refuses, and every error fatal and silent (no line on stderr). */
    private static DocumentBuilder guard(DocumentBuilder builder) {
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity refused: " + systemId);
        });
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // Warnings do not make a document unusable.
            }

            @Override
            public void error(SAXParseException exception) throws SAXException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                throw exception;
            }
        });
        return builder;
    }

    private static DocumentBuilderFactory secureFactory() {
        // The JDK's own implementation, whatever else is on the class path.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refuses the secure configuration", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        limit(factory, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", "200");
        limit(factory, "http://www.oracle.com/xml/jaxp/properties/elementAttributeLimit", "200");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        factory.setCoalescing(true);
        factory.setIgnoringComments(true);
        return factory;
    }

    private static void limit(DocumentBuilderFactory factory, String property, String value) {
        try {
            factory.setAttribute(property, value);
        } catch (IllegalArgumentException e) {
            // Another JDK without this limit: secure processing still applies its defaults.
        }
    }
}
