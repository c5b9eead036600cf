package org.prisonsync.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * One line of migration progress: {@code [#####.....] 12,345 / 200,000  6%  3,456/s  ETA 0:52}. On a terminal it is
 * redrawn in place ({@code \r}); into a file or a pipe it prints a fresh line every {@code every}, so a log stays
 * readable.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final Duration every;
    private final long startedNanos;
    private long lastPrintedNanos;

    ProgressBar(PrintWriter out, boolean terminal, Duration every, long startedNanos) {
        this.out = out;
        this.terminal = terminal;
        this.every = every;
        this.startedNanos = startedNanos;
        this.lastPrintedNanos = startedNanos - every.toNanos();
    }

    /** Shows the figures now if on a terminal, or if {@code every} has passed since the last line. */
    void update(long migrated, long estimated, long nowNanos) {
        if (terminal) {
            out.print("\r" + line(migrated, estimated, nowNanos - startedNanos) + "  ");
            out.flush();
        } else if (nowNanos - lastPrintedNanos >= every.toNanos()) {
            out.println(line(migrated, estimated, nowNanos - startedNanos));
            lastPrintedNanos = nowNanos;
        }
    }

    /** Ends the progress line so that what follows starts on a line of its own. */
    void finish() {
        if (terminal) {
            out.println();
        }
    }

    static String line(long migrated, long estimated, long elapsedNanos) {
        double fraction = estimated <= 0 ? 1.0 : Math.min(1.0, (double) migrated / estimated);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = elapsedNanos / 1e9;
        double rate = seconds <= 0 ? 0 : migrated / seconds;
        String eta = rate <= 0 || migrated >= estimated ? "--:--" : clock((long) ((estimated - migrated) / rate));
        return String.format("[%s%s] %,d / %,d  %3d%%  %,.0f/s  ETA %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                migrated, estimated, Math.round(fraction * 100), rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
