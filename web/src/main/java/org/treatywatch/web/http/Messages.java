package org.treatywatch.web.http;

import java.nio.channels.ClosedChannelException;
import org.eclipse.jetty.io.EofException;

/** Error messages and log lines that echo what a client sent. */
public final class Messages {
    private Messages() {}

    /**
     * {@code text} with each control character (C0, DEL, C1) and each bidirectional override or
     * isolate written as {@code \}{@code uXXXX}: a parameter echoed in a message can neither move a
     * terminal's cursor, forge a log line nor reorder what a reader sees. Null stays null.
     */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(String.format("\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** True when {@code e} says only that the client closed the connection, not that the server failed. */
    public static boolean isClientAbort(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EofException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }
}
