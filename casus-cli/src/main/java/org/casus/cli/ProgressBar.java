package org.casus.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, drawn only on a terminal (a pipe or a test sees nothing), and
 * not before a second has passed, so that quick commands stay quiet.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private boolean shown;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    /** Draws {@code done} of {@code total} after {@code label}, with {@code unit} words after the bar. */
    synchronized void show(String label, long done, long total, String unit) {
        if (!terminal || total <= 0 || System.nanoTime() - start < 1_000_000_000L) {
            return;
        }
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        err.printf("\r%s [%s%s] %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled), unit);
        err.flush();
        shown = true;
    }

    /** Ends the bar's line, when one was drawn. */
    synchronized void finish() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
