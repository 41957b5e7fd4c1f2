package org.emplaw.examples.audit;

import java.io.PrintStream;

/**
 * A one-line progress bar with rate and ETA, redrawn at most five times a second. Only shown when
 * the tool is attached to a terminal ({@code System.console() != null}) and not asked to be quiet;
 * otherwise (CI, pipes) it prints nothing.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final String unit;
    private final long start;
    private long lastDraw;

    public Progress(PrintStream out, boolean enabled, String unit, long startNanos) {
        this.out = out;
        this.enabled = enabled;
        this.unit = unit;
        this.start = startNanos;
    }

    public static boolean terminal() {
        return System.console() != null;
    }

    /** {@code done} items so far; {@code fraction} of the input read (0..1). */
    public void update(long done, double fraction, long nowNanos) {
        if (!enabled || nowNanos - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = nowNanos;
        out.print("\r" + line(done, fraction, nowNanos - start));
        out.flush();
    }

    /** The bar text (package-visible for tests). */
    String line(long done, double fraction, long elapsedNanos) {
        double secs = Math.max(1e-9, elapsedNanos / 1e9);
        double rate = done / secs;
        int width = 30;
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        String eta = fraction > 0.001 ? clock(secs * (1 - fraction) / fraction) : "--:--";
        return String.format("[%s%s] %3.0f%% %,d %s %,.0f/s ETA %s ", "=".repeat(filled), " ".repeat(width - filled),
                fraction * 100, done, unit, rate, eta);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    public void finish() {
        if (enabled) {
            out.print("\r" + " ".repeat(79) + "\r");
            out.flush();
        }
    }
}
