package org.treatywatch.notice;

/**
 * Why an input gave no notice. Every message is one line that starts with the input's name
 * ({@code lt.pdf: ...}), so a caller prints it as it is. The subclasses let a caller (the CLI,
 * the upload page) tell the cases apart; none of them ever stands for a notice read wrongly.
 */
public sealed class NoticeException extends RuntimeException {
    private final String source;

    NoticeException(String source, String reason) {
        this(source, reason, null);
    }

    NoticeException(String source, String reason, Throwable cause) {
        super(oneLine(source + ": " + reason), cause);
        this.source = source;
    }

    /** Control characters of untrusted input (a file name, a notice's title) written as backslash-u escapes: the message stays one line. */
    private static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The input's name as the caller gave it. */
    public String source() {
        return source;
    }

    /** An input that cannot be read at all: a missing file, a folder, an I/O error. */
    public static final class Unreadable extends NoticeException {
        Unreadable(String source, String reason, Throwable cause) {
            super(source, reason, cause);
        }
    }

    /** Content that is neither text, HTML nor PDF (an image, an archive, a binary file). */
    public static final class UnknownFormat extends NoticeException {
        UnknownFormat(String source, String reason) {
            super(source, reason);
        }
    }

    /** More bytes than the reader accepts. */
    public static final class TooLarge extends NoticeException {
        TooLarge(String source, String reason) {
            super(source, reason);
        }
    }

    /** A PDF that PDFBox cannot open, that is locked, or that has no text to read. */
    public static final class UnreadablePdf extends NoticeException {
        UnreadablePdf(String source, String reason, Throwable cause) {
            super(source, reason, cause);
        }
    }

    /** Readable content that holds no depositary notification, or one without its heading. */
    public static final class NotANotice extends NoticeException {
        NotANotice(String source, String reason) {
            super(source, reason);
        }
    }

    /** A notice about a treaty Treatywatch does not follow (its C.N. chapter is another one). */
    public static final class OtherTreaty extends NoticeException {
        private final String chapter;

        OtherTreaty(String source, String chapter, String reason) {
            super(source, reason);
            this.chapter = chapter;
        }

        /** The notice's chapter as the UN writes it, e.g. {@code XXVI-2}. */
        public String chapter() {
            return chapter;
        }
    }

    /** A notice whose state the state registry does not know. */
    public static final class UnknownState extends NoticeException {
        UnknownState(String source, String reason) {
            super(source, reason);
        }
    }

    /** A notice whose action ("STATE: ACTION") is none of those a notice may report. */
    public static final class UnknownAction extends NoticeException {
        UnknownAction(String source, String reason) {
            super(source, reason);
        }
    }

    /** A notice without its date, or with a date that does not exist (31 February). */
    public static final class BadDate extends NoticeException {
        BadDate(String source, String reason) {
            super(source, reason);
        }
    }
}
