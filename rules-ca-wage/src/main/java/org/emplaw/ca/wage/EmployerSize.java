package org.emplaw.ca.wage;

import java.time.LocalDate;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * The employer-size qualifier of California's two-tier minimum wage (Lab. Code 1182.12(b): 26 or more
 * employees, 25 or fewer). The tier boundary is itself a parameter ({@code ca_min_wage_large_employer_min_headcount}).
 */
public final class EmployerSize {
    public static final String LARGE = "employers_26_plus";
    public static final String SMALL = "employers_25_or_fewer";

    private EmployerSize() {
    }

    /** The qualifier for the employee's employer, or {@code null} when the headcount is unknown. */
    public static String qualifier(Employee e, LawBook law, LocalDate date) {
        if (e.employerHeadcount() == null) {
            return null;
        }
        return qualifier(e.employerHeadcount(), law, date);
    }

    /** The qualifier for an employer of {@code headcount} employees on {@code date}. */
    public static String qualifier(int headcount, LawBook law, LocalDate date) {
        int min = law.value("ca_min_wage_large_employer_min_headcount", null, date).decimal().intValueExact();
        return headcount >= min ? LARGE : SMALL;
    }

    /**
     * A figure of law that may depend on the employer-size tier (the minimum wage and everything derived
     * from it): looked up without a tier first, and with the employee's tier only on dates when the
     * values differ by tier (2017-2022). The headcount is needed only then; when it is missing the
     * lookup fails with {@link MissingFactException} naming {@code employer_headcount}
     * (INSUFFICIENT_FACTS), never a default tier.
     */
    public static ParameterValue value(LawBook law, String name, Employee e, LocalDate date) {
        if (!law.qualifierRequired(name, date)) {
            return law.value(name, null, date);
        }
        String q = qualifier(e, law, date);
        if (q == null) {
            throw new MissingFactException(e.subject(), java.util.List.of("employer_headcount"));
        }
        return law.value(name, q, date);
    }

    /** As {@link #value(LawBook, String, Employee, LocalDate)}, for an employer of {@code headcount} employees. */
    public static ParameterValue value(LawBook law, String name, int headcount, LocalDate date) {
        return law.value(name, law.qualifierRequired(name, date) ? qualifier(headcount, law, date) : null, date);
    }
}
