package org.treatywatch.notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.treatywatch.core.notice.Notice;
import org.treatywatch.core.state.StateRegistry;
import org.treatywatch.core.treaty.TreatyRegistry;

/**
 * Reads depositary notifications of the UN Secretary-General (C.N.s) from plain text, HTML or PDF
 * into {@link Notice} values: one way in for the CLI ({@code treatywatch notices}) and the web
 * app's upload page. The format is told by the content's first bytes ({@link NoticeFormat}).
 *
 * <p>A notice is read whole or not at all: anything that would make a wrong notice (another
 * treaty's chapter, a state the registry does not know, an action no notice reports, a missing or
 * impossible date) is a {@link NoticeException} with a one-line message naming the input.
 * Immutable and thread-safe.
 */
public final class NoticeReader {
    /** What {@link #standard()} accepts: a notice is a few pages, 5 MB leaves room for a scan-sized PDF. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final NoticeParser parser;
    private final long maxBytes;

    private NoticeReader(NoticeParser parser, long maxBytes) {
        this.parser = parser;
        this.maxBytes = maxBytes;
    }

    /** A reader with the standard state and treaty registries, accepting up to {@link #DEFAULT_MAX_BYTES}. */
    public static NoticeReader standard() {
        return new NoticeReader(new NoticeParser(StateRegistry.standard(), TreatyRegistry.standard()), DEFAULT_MAX_BYTES);
    }

    /** The same reader accepting inputs of up to {@code bytes} bytes. */
    public NoticeReader withMaxBytes(long bytes) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("max bytes out of range: " + bytes);
        }
        return new NoticeReader(parser, bytes);
    }

    /** The largest input this reader accepts, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * The notices in {@code content} (text, HTML or PDF, told by its first bytes), each with
     * {@code source} as its {@link Notice#source()}.
     *
     * @throws NoticeException when the content holds no notice that can be read correctly
     */
    public List<Notice> read(byte[] content, String source) {
        if (content.length > maxBytes) {
            throw tooLarge(source);
        }
        if (content.length == 0) {
            throw new NoticeException.NotANotice(source, "is empty");
        }
        NoticeFormat format = NoticeFormat.detect(content, source);
        return parser.parse(NoticeText.of(content, format, source), source);
    }

    /**
     * {@link #read(byte[], String)} of what {@code in} holds, reading no more than the limit plus
     * one byte (a larger input is refused without being read into memory).
     */
    public List<Notice> read(InputStream in, String source) {
        byte[] content;
        try {
            content = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new NoticeException.Unreadable(source, "cannot be read: " + e.getMessage(), e);
        }
        if (content.length > maxBytes) {
            throw tooLarge(source);
        }
        return read(content, source);
    }

    /**
     * The notices in {@code file}, named {@code source} (the path as the user gave it). A file
     * over the limit is refused by its size, unread; a folder or a missing file is
     * {@link NoticeException.Unreadable}.
     */
    public List<Notice> read(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw new NoticeException.Unreadable(source, "is a folder; give the notices' files", null);
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw new NoticeException.Unreadable(source, "no such file", e);
        } catch (IOException e) {
            throw new NoticeException.Unreadable(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The notices in {@code text}, a notice's text as it reads (no format detection). */
    public List<Notice> readText(String text, String source) {
        return parser.parse(text, source);
    }

    private NoticeException tooLarge(String source) {
        return new NoticeException.TooLarge(source, "is larger than " + maxBytes
                + " bytes, far more than a depositary notification");
    }
}
