package org.emplaw.core.finding;

import java.util.function.Supplier;

/**
 * Explanation text computed on first read and then kept. A rule decides with numbers; the words that explain the
 * decision are written only when somebody reads them, so a caller that reads outcomes and amounts never pays for them.
 * The supplier must only format values it captured (never look up law or facts that may fail) and must give the same
 * text every time: two threads reading at once may both run it, and either result is kept.
 */
final class Text {
    private Text() {
    }

    static Object of(Object textOrSupplier) {
        return textOrSupplier == null ? "" : textOrSupplier;
    }

    @SuppressWarnings("unchecked")
    static String render(Object textOrSupplier) {
        if (textOrSupplier instanceof String s) {
            return s;
        }
        String s = ((Supplier<String>) textOrSupplier).get();
        return s == null ? "" : s;
    }
}
