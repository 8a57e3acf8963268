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
 * declared) and refuses, instead of guessing, when the bytes do not match what the document or its
 * content type claims: in particular UTF-8 bytes claimed to be in a one-byte charset (Latin-1, but
 * also windows-1256 Arabic or KOI8-R), which would decode without error into mojibake.
 *
 * <p>The XML parser is then given characters, never bytes, so it cannot decode a second time in a
 * different way.
 */
final class XmlDecoder {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]*)[\"']");

    private XmlDecoder() {
    }

    /**
     * The document's text.
     *
     * @param contentTypeCharset the charset parameter of a content type its sender gave (a push, a record header):
     *                           it applies (RFC 7303) unless a byte order mark does, but a declaration or byte order
     *                           mark that names another encoding giving other text is refused, not overruled
     * @param serverCharset      the charset a web server named for a polled feed, or null: it applies only when the
     *                           document names no encoding itself (servers often send a default that is wrong)
     */
    static String decode(byte[] bytes, String contentTypeCharset, String serverCharset) {
        ByteOrder sniffed = ByteOrder.sniff(bytes);
        String declared = declaredEncoding(bytes, sniffed);
        Charset charset;
        String claim;
        if (sniffed.bom) {
            charset = sniffed.charset;
            claim = "the byte order mark says " + charset.name();
            if (declared != null && !sameFamily(charset, forName(declared))) {
                throw badEncoding(claim + " but the XML declaration says '" + declared + "'");
            }
            if (contentTypeCharset != null && !sameFamily(charset, forName(contentTypeCharset))) {
                throw badEncoding(claim + " but the content type says charset=" + contentTypeCharset);
            }
        } else if (contentTypeCharset != null) {
            charset = forName(contentTypeCharset);
            claim = "the content type says charset=" + contentTypeCharset;
            if (declared != null && !sameReading(bytes, charset, forName(declared))) {
                throw badEncoding(claim + " but the XML declaration says '" + declared
                        + "', and the two give different text");
            }
        } else if (declared != null) {
            charset = forName(declared);
            claim = "the XML declaration says '" + declared + "'";
            if (sniffed.charset != null) {
                if (!sameFamily(sniffed.charset, charset)) {
                    throw badEncoding("the first bytes are " + sniffed.charset.name() + " but " + claim);
                }
                // "UTF-16" or "UTF-32" without a byte order mark: the first bytes tell the byte order.
                charset = sniffed.charset;
            }
        } else if (sniffed.charset != null) {
            charset = sniffed.charset;
            claim = null;
        } else if (serverCharset != null) {
            charset = forName(serverCharset);
            claim = "the server's content type says charset=" + serverCharset;
        } else {
            charset = StandardCharsets.UTF_8;
            claim = null;
        }
        if (claim != null && sniffed.charset == null && isSingleByte(charset) && looksLikeUtf8(bytes)) {
            throw badEncoding(claim + " but the bytes are UTF-8 (multi-byte sequences throughout); the claim lies");
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

    /**
     * Whether each character takes one byte (Latin-1, windows-1252, windows-1256, KOI8-R, ISO-8859-x...): such a
     * charset maps nearly every byte, so UTF-8 read in it decodes "without error" into mojibake.
     */
    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    /** Whether two charsets read these bytes the same: the same charset, or pure ASCII in two ASCII supersets. */
    private static boolean sameReading(byte[] bytes, Charset a, Charset b) {
        if (a.equals(b)) {
            return true;
        }
        if (!family(a).equals("ascii-compatible") && !family(a).equals("UTF-8")
                || !family(b).equals("ascii-compatible") && !family(b).equals("UTF-8")) {
            return false;
        }
        for (byte x : bytes) {
            if (x < 0) {
                return false;
            }
        }
        return true;
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
