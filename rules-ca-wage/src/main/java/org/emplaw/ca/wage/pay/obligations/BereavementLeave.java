package org.emplaw.ca.wage.pay.obligations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Bereavement leave (Gov. Code 12945.7, AB 1949, from 2023-01-01): an employer with 5 or more employees grants an
 * employee employed at least 30 days up to 5 days of leave per death of a family member, completed within 3 months of
 * the death. Decided as of the evaluation date (the day a leave would begin).
 */
public final class BereavementLeave {
    public static final String QUESTION = "Is the employee entitled to bereavement leave (Gov. Code 12945.7)?";
    static final String SIZE = "ca_bereavement_min_employer_size";

    private BereavementLeave() {
    }

    public static Finding evaluate(Employee e, LawBook law, LocalDate asOf) {
        String subject = e.subject() + " bereavement leave";
        return Figures.guarded(QUESTION, subject, () -> decide(e, law, asOf, subject));
    }

    static Finding decide(Employee e, LawBook law, LocalDate asOf, String subject) {
        Finding.Builder b = Finding.of(QUESTION, subject);
        LocalDate first = law.tables().get(SIZE).firstDate();
        if (asOf.isBefore(first)) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason(() -> "Gov. Code 12945.7 applies from " + first).build();
        }
        LocalDate separated = e.separationDate();
        if (separated != null && separated.isBefore(asOf)) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason(() -> "employment ended on " + separated).build();
        }
        Integer headcount = e.employerHeadcount();
        if (headcount == null || e.hireDate() == null) {
            List<String> missing = new java.util.ArrayList<>();
            if (headcount == null) {
                missing.add("employer_headcount");
            }
            if (e.hireDate() == null) {
                missing.add("hire_date");
            }
            throw new MissingFactException(subject, missing);
        }
        ParameterValue size = law.value(SIZE, null, asOf);
        ParameterValue tenure = law.value("ca_bereavement_min_tenure_days", null, asOf);
        ParameterValue days = law.value("ca_bereavement_leave_days", null, asOf);
        ParameterValue window = law.value("ca_bereavement_completion_window_months", null, asOf);
        b.parameter(size).parameter(tenure).parameter(days).parameter(window)
                .fact("employer_headcount", headcount).fact("hire_date", e.hireDate());
        if (headcount < size.decimal().intValueExact()) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason(() -> "the employer has " + headcount
                    + " employees, fewer than " + Figures.x(size.decimal())).build();
        }
        long employed = java.time.temporal.ChronoUnit.DAYS.between(e.hireDate(), asOf);
        boolean eligible = employed >= tenure.decimal().longValueExact();
        b.outcome(eligible).reason(() -> "employer of " + headcount + " employees (at least " + Figures.x(size.decimal())
                + "); employed " + employed + " days on " + asOf + " (at least " + Figures.x(tenure.decimal()) + " required)"
                + (eligible ? ": up to " + Figures.x(days.decimal()) + " days per death of a family member, completed within "
                + Figures.x(window.decimal()) + " months of the death" : ": not yet eligible"));
        if (eligible) {
            b.amount(Amount.lazy("leave_days", days.decimal(), "days", () -> "Gov. Code 12945.7(b): "
                    + Figures.x(days.decimal()) + " days per death"));
        }
        return b.build();
    }

}
