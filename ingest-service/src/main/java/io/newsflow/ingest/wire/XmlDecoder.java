package io.newsflow.ingest.wire;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an XML document into text the way XML 1.0 Appendix F says (byte order mark,
 * then the first bytes, then the {@code encoding} of the XML declaration, UTF-8 when nothing is
 * declared) and refuses, instead of guessing, when the bytes do not match what the document claims.
 *
 * <p>The XML parser is then given characters, never bytes, so it cannot decode a second time in a
 * different way.
 */
final class XmlDecoder {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]*)[\"']");

    private XmlDecoder() {
    }

    /** The document's text; the charset parameter of the content type, when given, is authoritative (RFC 7303). */
    static String decode(byte[] bytes, String contentTypeCharset) {
        ByteOrder sniffed = ByteOrder.sniff(bytes);
        String declared = declaredEncoding(bytes, sniffed);
        Charset charset;
        if (sniffed.bom) {
            charset = sniffed.charset;
            if (declared != null && !sameFamily(charset, forName(declared))) {
                throw badEncoding("the byte order mark says " + charset.name() + " but the XML declaration says '"
                        + declared + "'");
            }
        } else if (contentTypeCharset != null) {
            charset = forName(contentTypeCharset);
        } else if (declared != null) {
            charset = forName(declared);
            if (sniffed.charset != null) {
                if (!sameFamily(sniffed.charset, charset)) {
                    throw badEncoding("the first bytes are " + sniffed.charset.name()
                            + " but the XML declaration says '" + declared + "'");
                }
                // "UTF-16" or "UTF-32" without a byte order mark: the first bytes tell the byte order.
                charset = sniffed.charset;
            }
            if (sniffed.charset == null && isSingleByteLatin(charset) && looksLikeUtf8(bytes)) {
                throw badEncoding("the XML declaration says '" + declared
                        + "' but the bytes are UTF-8 (multi-byte sequences throughout); the declaration lies");
            }
        } else if (sniffed.charset != null) {
            charset = sniffed.charset;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        return strictDecode(bytes, sniffed.bomLength, charset, declared);
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset, String declared) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            String claim = declared == null
                    ? "the document declares no encoding, so it must be UTF-8"
                    : "the document declares '" + declared + "'";
            throw badEncoding("the bytes are not valid " + charset.name() + " (" + claim
                    + "); re-encode it or declare the encoding it really uses", e);
        }
    }

    /** The encoding named by the XML declaration, read in the byte family the first bytes show. */
    private static String declaredEncoding(byte[] bytes, ByteOrder sniffed) {
        Charset family = sniffed.charset == null ? StandardCharsets.ISO_8859_1 : sniffed.charset;
        int length = Math.min(bytes.length - sniffed.bomLength, 512);
        if (length <= 0) {
            return null;
        }
        String head;
        try {
            head = new String(bytes, sniffed.bomLength, length, family);
        } catch (RuntimeException e) {
            return null;
        }
        Matcher m = DECLARED_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw badEncoding("the document declares the encoding '" + name + "', which is not a known character set");
        }
    }

    private static boolean sameFamily(Charset a, Charset b) {
        return family(a).equals(family(b));
    }

    private static String family(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        if (name.startsWith("UTF-32") || name.startsWith("X-UTF-32")) {
            return "UTF-32";
        }
        if (name.startsWith("UTF-16")) {
            return "UTF-16";
        }
        if (name.equals("UTF-8")) {
            return "UTF-8";
        }
        return "ascii-compatible";
    }

    private static boolean isSingleByteLatin(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("ISO-8859-1") || name.equals("WINDOWS-1252") || name.equals("ISO-8859-15")
                || name.equals("US-ASCII");
    }

    /**
     * True when the bytes hold well-formed UTF-8 multi-byte sequences and nothing else above 0x7F:
     * real Latin-1 text practically never does (it would need pairs like "Ã©" everywhere).
     */
    private static boolean looksLikeUtf8(byte[] bytes) {
        int multiByte = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int extra;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xc2 && b <= 0xdf) {
                extra = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                extra = 2;
            } else if (b >= 0xf0 && b <= 0xf4) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            multiByte++;
            i += extra + 1;
        }
        return multiByte > 0;
    }

    static WireFormatException badEncoding(String message) {
        return new WireFormatException(WireFormatException.BAD_ENCODING, "Wrong character encoding: " + message + ".");
    }

    private static WireFormatException badEncoding(String message, Throwable cause) {
        return new WireFormatException(WireFormatException.BAD_ENCODING, "Wrong character encoding: " + message + ".",
                cause);
    }

    /** What the first bytes of a document say about its encoding (XML 1.0 Appendix F.1). */
    enum ByteOrder {
        UTF_32BE_BOM(Charset.forName("UTF-32BE"), true, 4),
        UTF_32LE_BOM(Charset.forName("UTF-32LE"), true, 4),
        UTF_8_BOM(StandardCharsets.UTF_8, true, 3),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, true, 2),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, true, 2),
        UTF_32BE(Charset.forName("UTF-32BE"), false, 0),
        UTF_32LE(Charset.forName("UTF-32LE"), false, 0),
        UTF_16BE(StandardCharsets.UTF_16BE, false, 0),
        UTF_16LE(StandardCharsets.UTF_16LE, false, 0),
        ASCII_COMPATIBLE(null, false, 0);

        final Charset charset;
        final boolean bom;
        final int bomLength;

        ByteOrder(Charset charset, boolean bom, int bomLength) {
            this.charset = charset;
            this.bom = bom;
            this.bomLength = bomLength;
        }

        static ByteOrder sniff(byte[] b) {
            if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return UTF_32BE_BOM;
            }
            if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return UTF_32LE_BOM;
            }
            if (starts(b, 0xEF, 0xBB, 0xBF)) {
                return UTF_8_BOM;
            }
            if (starts(b, 0xFE, 0xFF)) {
                return UTF_16BE_BOM;
            }
            if (starts(b, 0xFF, 0xFE)) {
                return UTF_16LE_BOM;
            }
            if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
                return UTF_32BE;
            }
            if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
                return UTF_32LE;
            }
            if (starts(b, 0x00, 0x3C, 0x00, 0x3F) || starts(b, 0x00, 0x3C, 0x00, 0x21)) {
                return UTF_16BE;
            }
            if (starts(b, 0x3C, 0x00, 0x3F, 0x00) || starts(b, 0x3C, 0x00, 0x21, 0x00)) {
                return UTF_16LE;
            }
            return ASCII_COMPATIBLE;
        }

        private static boolean starts(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xff) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
