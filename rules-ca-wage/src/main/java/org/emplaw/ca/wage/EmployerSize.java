package org.emplaw.ca.wage;

import org.emplaw.core.facts.Employee;

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
    public static String qualifier(Employee e, org.emplaw.core.law.LawBook law, java.time.LocalDate date) {
        if (e.employerHeadcount() == null) {
            return null;
        }
        int min = law.value("ca_min_wage_large_employer_min_headcount", null, date).decimal().intValueExact();
        return e.employerHeadcount() >= min ? LARGE : SMALL;
    }
}
