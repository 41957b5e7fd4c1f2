package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.io.InputException;
import org.emplaw.core.law.LawBook;

/**
 * Civil Service Rule 4.4: the sum of the weighted grades (with any promotional seniority credit) "rounded to the
 * nearest whole score shall be the final general average". Nearest is unambiguous except for an exact half; only
 * then is the configured rounding mode (exam setting {@code rounding_mode} or {@code la_cs_fga_rounding_mode}:
 * {@code half_up}, {@code half_even}, {@code half_down}) needed, and its absence fails the score by name.
 */
public final class WholeScore {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private WholeScore() {
    }

    /** A rounded score; {@code mode} is the setting used for an exact half, or null when none was needed. */
    public record Rounded(BigDecimal value, ExamSettings.Setting mode, String text) {
    }

    public static Rounded round(BigDecimal x, Exam e, LawBook law, LocalDate date) {
        BigDecimal frac = x.remainder(BigDecimal.ONE).abs();
        if (frac.compareTo(HALF) != 0) {
            BigDecimal v = x.setScale(0, RoundingMode.HALF_UP);
            return new Rounded(v, null, plain(x) + " rounded to the nearest whole score = " + v.toPlainString());
        }
        ExamSettings.Setting mode = ExamSettings.get(e, ExamSettings.ROUNDING_MODE, "la_cs_fga_rounding_mode", law, date);
        RoundingMode rm = switch (mode.text()) {
            case "half_up" -> RoundingMode.HALF_UP;
            case "half_even" -> RoundingMode.HALF_EVEN;
            case "half_down" -> RoundingMode.HALF_DOWN;
            default -> throw new InputException(mode.source(), ExamSettings.ROUNDING_MODE,
                    "must be half_up, half_even or half_down (was '" + mode.text() + "')");
        };
        BigDecimal v = x.setScale(0, rm);
        return new Rounded(v, mode, plain(x) + " is an exact half; rounded " + mode.text() + " (" + mode.label()
                + ") = " + v.toPlainString());
    }

    static String plain(BigDecimal x) {
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
