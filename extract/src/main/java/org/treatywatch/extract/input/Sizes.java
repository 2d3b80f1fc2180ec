package org.treatywatch.extract.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them: {@code 5MB}, {@code 500k}, {@code 1.5 MiB}, {@code 1048576} (bytes). */
public final class Sizes {
    private static final Pattern SIZE =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {}

    /**
     * The number of bytes {@code text} means; K, M and G are powers of 1024 (5MB = 5,242,880 bytes).
     *
     * @throws IllegalArgumentException when it is not a size or not positive
     */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size; write it like 5MB, 500KB or 1048576");
        }
        double number = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        double bytes = number * unit;
        if (bytes < 1 || bytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("size " + text + " is out of range: it must be at least 1 byte and under 2GB");
        }
        return (long) bytes;
    }

    /** {@code bytes} the way {@link #parse} reads it back: "5 MB", "512 KB", "100 bytes". */
    public static String format(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes + " bytes";
    }
}
