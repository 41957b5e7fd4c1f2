package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.io.InputException;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.ParameterValue;

/**
 * Figures an examination announcement or the City configures: read from the exam's {@code settings} when it
 * states them, otherwise from the City's parameter table. When neither gives one, the failure names both.
 */
public final class ExamSettings {
    public static final String ROUNDING_MODE = "rounding_mode";
    public static final String SENIORITY_PER_YEAR = "seniority_credit_per_year";
    public static final String SENIORITY_MAX = "seniority_credit_max";
    public static final String WHOLE_SCORES = "certification_whole_scores";

    private ExamSettings() {
    }

    /** A configured figure and where it came from ({@code law} is null when the exam's settings stated it). */
    public record Setting(String key, String text, ParameterValue law, String source) {
        public BigDecimal decimal() {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new InputException(source, key, "must be a number (was '" + text + "')");
            }
        }

        public String label() {
            return law != null ? law.use().label() : source + " = " + text;
        }
    }

    public static Setting get(Exam e, String key, String parameter, LawBook law, LocalDate date) {
        String v = e.settings().get(key);
        if (v != null && !v.isBlank()) {
            return new Setting(key, v.strip(), null, "exam " + e.id() + " settings");
        }
        try {
            ParameterValue pv = law.value(parameter, null, date);
            return new Setting(key, pv.text(), pv, pv.citation());
        } catch (MissingLawException m) {
            throw new MissingLawException(parameter, null, date, m.reason(),
                    "supply the parameter, or state settings." + key + " on exam " + e.id());
        }
    }
}
