package org.treatywatch.cli.extract;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress over several inputs, on stderr only (stdout carries the claims). On a terminal it is a
 * bar redrawn in place at most ten times a second; otherwise (a log file, CI) it is one plain line
 * every {@code intervalMillis}. Messages about bad inputs go through {@link #message} so they never
 * land in the middle of a bar.
 */
final class Progress {
    enum Mode { AUTO, BAR, LINES, NONE }

    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean bar;
    private final boolean enabled;
    private final int totalInputs;
    private final long intervalMillis;
    private int inputsDone;
    private long documents;
    private long claims;
    private int failed;
    private long lastShownMillis;
    private boolean barShown;

    Progress(PrintWriter err, Mode mode, int totalInputs, long intervalMillis) {
        this.err = err;
        this.totalInputs = totalInputs;
        this.intervalMillis = intervalMillis;
        Mode effective = mode == Mode.AUTO ? (totalInputs > 1 ? (stderrIsTerminal() ? Mode.BAR : Mode.LINES) : Mode.NONE) : mode;
        this.enabled = effective != Mode.NONE;
        this.bar = effective == Mode.BAR;
        this.lastShownMillis = System.currentTimeMillis();
    }

    /**
     * True when stderr is a terminal. Java has no portable call for it (System.console() looks at
     * stdin and stdout), so this asks Linux where file descriptor 2 points; elsewhere it says no,
     * which only means plain lines instead of a bar.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception notLinux) {
            return false;
        }
    }

    void document(int claimCount) {
        documents++;
        claims += claimCount;
        maybeShow();
    }

    void inputDone(boolean ok) {
        inputsDone++;
        if (!ok) {
            failed++;
        }
        maybeShow();
    }

    void message(String line) {
        clearBar();
        err.println(line);
        err.flush();
    }

    void finish() {
        if (!enabled) {
            return;
        }
        if (bar) {
            draw();
            err.println();
        } else {
            err.println(summary());
        }
        err.flush();
        barShown = false;
    }

    private void maybeShow() {
        if (!enabled) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastShownMillis < (bar ? 100 : intervalMillis)) {
            return;
        }
        lastShownMillis = now;
        if (bar) {
            draw();
        } else {
            err.println(summary());
        }
        err.flush();
    }

    private void draw() {
        int filled = totalInputs == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * inputsDone / totalInputs);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + counts() + "\u001b[K");
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r\u001b[K");
            barShown = false;
        }
    }

    private String summary() {
        return "treatywatch extract: " + counts();
    }

    private String counts() {
        return String.format(Locale.ROOT, "%d/%d inputs, %d documents, %d claims%s", inputsDone, totalInputs,
                documents, claims, failed == 0 ? "" : ", " + failed + " failed");
    }
}
