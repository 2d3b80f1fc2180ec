package org.treatywatch.extract.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset an input is in: a byte-order mark first, then what the transport says (HTTP's
 * {@code charset}, when the caller has one), then what the content declares (the XML prolog's {@code encoding}, HTML's {@code <meta charset>} or
 * {@code http-equiv} Content-Type, in the first {@link InputFormat#SNIFF_BYTES} bytes), else UTF-8.
 *
 * <p>Bytes that are not valid in that charset become U+FFFD REPLACEMENT CHARACTER, as browsers do:
 * one bad byte in a long article should not lose the article, and the replacement is visible in
 * any evidence that spans it. A declared charset this JVM does not know is an error, not a silent
 * switch to UTF-8. Following the WHATWG encoding standard, HTML that declares ISO-8859-1 or ASCII
 * is read as windows-1252, and HTML that declares UTF-16 without a BOM as UTF-8 (the declaration
 * was readable as ASCII, so the page is not UTF-16).
 */
final class Decoding {
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    /** A charset and how many leading bytes (a BOM) to skip. */
    record Detected(Charset charset, int skip) {}

    private Decoding() {}

    /**
     * The charset of an input whose first bytes are {@code head[0, length)}. {@code transport} is
     * what the transport said (an HTTP {@code charset} parameter; null if none): it beats the
     * content's own declaration but not a BOM, as in the WHATWG encoding standard.
     */
    static Detected detect(byte[] head, int length, InputFormat format, String source, Charset transport) {
        Detected bom = byBom(head, length);
        if (bom != null) {
            return bom;
        }
        if (transport != null) {
            return new Detected(transport, 0);
        }
        String ascii = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        String declared = null;
        if (format == InputFormat.FEED || format == InputFormat.HTML) {
            Matcher xml = XML_ENCODING.matcher(ascii);
            if (xml.find()) {
                declared = xml.group(1);
            }
        }
        if (declared == null && format == InputFormat.HTML) {
            Matcher meta = META_CHARSET.matcher(ascii);
            if (meta.find()) {
                declared = meta.group(1);
            }
        }
        if (declared == null) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(charsetNamed(declared, format, source), 0);
    }

    private static Charset charsetNamed(String name, InputFormat format, String source) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (format == InputFormat.HTML) {
            if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii") || lower.equals("ascii")) {
                lower = "windows-1252";
            } else if (lower.startsWith("utf-16")) {
                lower = "utf-8";
            }
        }
        try {
            return Charset.forName(lower);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new InputException(source, "declares the charset \"" + name
                    + "\", which is not supported here; convert the file to UTF-8");
        }
    }

    private static Detected byBom(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /** The head as text good enough to sniff markup in: BOM-decoded when there is one, else bytewise. */
    static String decodeForSniffing(byte[] head, int length) {
        Detected bom = byBom(head, length);
        if (bom != null) {
            return new String(head, bom.skip(), length - bom.skip(), bom.charset());
        }
        return new String(head, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * True when the head looks like a binary file rather than text: it has NUL bytes (outside
     * UTF-16 with a BOM) or mostly control characters. This is how grep and git tell, and it turns
     * an image or archive given by mistake into one clear message instead of a page of U+FFFD.
     */
    static boolean looksBinary(byte[] head, int length) {
        if (length == 0) {
            return false;
        }
        Detected bom = byBom(head, length);
        if (bom != null && bom.charset() != StandardCharsets.UTF_8) {
            String s = new String(head, bom.skip(), length - bom.skip(), bom.charset());
            return s.indexOf('\u0000') >= 0;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int c = head[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 10 > length * 3;
    }
}
