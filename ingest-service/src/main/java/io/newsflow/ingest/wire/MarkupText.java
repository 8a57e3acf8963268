package io.newsflow.ingest.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the markup wire formats carry (escaped HTML in RSS, XHTML in Atom, NITF or HTML in NewsML-G2,
 * HTML bodies in ninjs) into the clean text the normalised article holds: no tags, no script or style
 * content, no figure captions or image alt text; one paragraph per block element, paragraphs separated
 * by a blank line ({@code "\n\n"}), {@code <br>} kept as a single line break.
 *
 * <p>Only text nodes are ever copied out, so whatever the markup tries (script, event handlers,
 * comment tricks, javascript: links) nothing executable survives; text that merely looks like markup
 * ("&lt;blink&gt;" written as text) stays text.
 */
public final class MarkupText {

    /** Elements whose content is never article text. */
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, applet, svg, math,"
            + " canvas, form, button, select, textarea, input, figure, figcaption, img, picture, video, audio, source,"
            + " track, map, head, title, meta, link, plaintext, xmp, noembed, noframes";

    /** Elements that start a new paragraph: HTML blocks plus the NITF ones. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "thead", "tbody", "section", "article", "header",
            "footer", "aside", "address", "hr", "main", "nav", "details", "summary", "caption", "body",
            "hl1", "hl2", "block", "body.head", "body.content", "body.end", "abstract", "byline", "dateline",
            "tagline", "nitf", "media", "note");

    // An opening tag's attributes stop at the next '<' as well as at '>', so that "<p <p <p ..." without a '>' is
    // scanned once, not once from every "<p".
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "<(p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|img|figure|table|tr|td|blockquote|script|style"
                    + "|iframe|html|body|section|article|pre|code|sup|sub|small|font|noscript|template|textarea"
                    + "|plaintext|xmp|noembed|noframes|title|object|embed|svg|math|form|button|select)(\\s[^<>]*)?/?>"
                    + "|</(p|div|span|a|b|i|em|strong|li|h[1-6]|blockquote|html|body)>"
                    + "|&(amp|lt|gt|quot|nbsp|#\\d+|#x[0-9a-fA-F]+);",
            Pattern.CASE_INSENSITIVE);

    // Compiled once: String.replaceAll compiles its pattern on every call, per item on the ingest path.
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00a0\\u2028\\u2029]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");
    private static final char BREAK = '\u2029';
    private static final char LINE = '\u2028';

    private MarkupText() {
    }

    /** Clean paragraphs from HTML (or XHTML written back as text); null when nothing readable is left. */
    static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document doc = withoutNonArticleElements(html);
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    raw.append(text.getWholeText());
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("br")) {
                        raw.append(LINE);
                    } else if (BLOCKS.contains(tag)) {
                        raw.append(BREAK);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    raw.append(BREAK);
                }
            }
        }, doc.body());
        return paragraphs(raw.toString());
    }

    /** The HTML fragment parsed, with the {@link #DROPPED} elements and their content removed. */
    private static Document withoutNonArticleElements(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(DROPPED).remove();
        return doc;
    }

    /**
     * Clean text from a field that is meant to be plain but may hold HTML anyway (RSS descriptions,
     * simple JSON bodies): HTML when it looks like HTML, otherwise the text with its own line breaks.
     */
    static String fromTextOrHtml(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return looksLikeHtml(value) ? fromHtml(value) : fromPlainText(value);
    }

    /**
     * Clean text from an XML element that holds prose (an RSS description, a NewsML-G2 caption): HTML when
     * it looks like HTML; otherwise its line breaks and indentation are the layout of the XML file, so
     * every run of white space becomes one space and only blank lines still separate paragraphs.
     */
    static String fromXmlText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (looksLikeHtml(value)) {
            return fromHtml(value);
        }
        String t = withoutControls(value.replace("\r\n", "\n").replace('\r', '\n'));
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(t)) {
            String clean = inlinePlain(block);
            if (clean != null) {
                paragraphs.add(clean);
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /**
     * Plain text kept as sent (so offsets into it stay meaningful), with line endings unified, control
     * characters removed, trailing spaces and runs of blank lines trimmed.
     */
    static String fromPlainText(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        // Each pattern runs only when the text holds what it could match: most items have nothing to clean.
        t = withoutControls(t);
        t = withoutTrailingSpace(t);
        if (t.contains("\n\n\n")) {
            t = BLANK_LINES.matcher(t).replaceAll("\n\n");
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * The text without control characters other than newline and tab: nothing a reader can see, and PostgreSQL
     * refuses U+0000 in any text column, so one such character would cost its item's whole document.
     */
    public static String withoutControls(String text) {
        return text == null || !hasControlCharacter(text) ? text : CONTROLS.matcher(text).replaceAll("");
    }

    /**
     * The text without the spaces, tabs and no-break spaces that end its lines. One pass from each line break
     * backwards: a look-behind pattern did the same at a third of ingest-service's CPU on multi-paragraph bodies.
     */
    static String withoutTrailingSpace(String t) {
        StringBuilder out = null;
        int copied = 0;
        for (int end = t.indexOf('\n'); end >= 0; end = t.indexOf('\n', end + 1)) {
            int start = end;
            while (start > copied && isLineSpace(t.charAt(start - 1))) {
                start--;
            }
            if (start < end) {
                if (out == null) {
                    out = new StringBuilder(t.length());
                }
                out.append(t, copied, start);
                copied = end;
            }
        }
        return out == null ? t : out.append(t, copied, t.length()).toString();
    }

    private static boolean isLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    /** True when the text could be HTML: every alternative of {@link #LOOKS_LIKE_HTML} starts with '<' or '&'. */
    private static boolean looksLikeHtml(String value) {
        return (value.indexOf('<') >= 0 || value.indexOf('&') >= 0) && LOOKS_LIKE_HTML.matcher(value).find();
    }

    /** A control character ({@code \p{Cc}}) other than newline and tab. */
    private static boolean hasControlCharacter(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #ANY_SPACE} would change the text: a run of two spaces or any other kind of space. */
    private static boolean hasSpaceToCollapse(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isAnySpace(c) && (c != ' ' || (i + 1 < t.length() && isAnySpace(t.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnySpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0'
                || c == '\u2028' || c == '\u2029';
    }

    /**
     * One line of clean text (headlines, bylines, names): markup removed, with the same non-article elements as
     * bodies (a textarea's or noscript's content is no headline), and whitespace collapsed.
     */
    static String inline(String value) {
        if (value == null) {
            return null;
        }
        String text = looksLikeHtml(value) ? withoutNonArticleElements(value).text() : value;
        if (hasSpaceToCollapse(text)) {
            text = ANY_SPACE.matcher(text).replaceAll(" ");
        }
        // after the spaces, so that a line feed or form feed between two words still parts them
        text = withoutControls(text).strip();
        return text.isEmpty() ? null : text;
    }

    /** Plain text as one line: for text constructs that declare themselves text (Atom type="text"). */
    static String inlinePlain(String value) {
        if (value == null) {
            return null;
        }
        String text = withoutControls(SPACE.matcher(value).replaceAll(" ")).strip();
        return text.isEmpty() ? null : text;
    }

    private static String paragraphs(String raw) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : raw.split(String.valueOf(BREAK))) {
            StringBuilder lines = new StringBuilder();
            for (String line : block.split(String.valueOf(LINE))) {
                String clean = withoutControls(SPACE.matcher(line).replaceAll(" ")).strip();
                if (!clean.isEmpty()) {
                    if (lines.length() > 0) {
                        lines.append('\n');
                    }
                    lines.append(clean);
                }
            }
            if (lines.length() > 0) {
                paragraphs.add(lines.toString());
            }
        }
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
}
