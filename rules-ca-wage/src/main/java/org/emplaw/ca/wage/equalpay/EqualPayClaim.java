package org.emplaw.ca.wage.equalpay;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.emplaw.core.facts.Check;
import org.emplaw.core.facts.Determination;
import org.emplaw.core.io.InputException;

/**
 * A California Equal Pay Act claim (Lab. Code 1197.5) and the employer's defence, as one fact (YAML key
 * {@code equal_pay_claim}).
 *
 * @param id          claim identifier
 * @param employeeId  the claimant (an {@code employee} fact; its {@code sex} / {@code race_ethnicity} are read)
 * @param basis       {@code sex} (1197.5(a)) or {@code race_or_ethnicity} (1197.5(b), from 2017)
 * @param comparators the comparators of another sex (or race or ethnicity)
 * @param periods     the pay compared, period by period
 * @param factors     the factors the employer relies on, each with the part of the hourly differential it explains
 * @param willful     whether the violation was willful (limitation period before 2026); {@code null}: not known
 * @param filedOn     the date the action was filed (the limitation period runs back from it); {@code null}: the as-of date
 */
public record EqualPayClaim(String id, String employeeId, String basis, List<Comparator> comparators,
                            List<Period> periods, List<Factor> factors, Boolean willful, LocalDate filedOn) {
    public EqualPayClaim {
        id = Check.id(id, "equal pay claim", "id");
        String rec = "equal pay claim " + id;
        employeeId = Check.id(employeeId, rec, "employee_id");
        basis = Check.code(basis);
        if (basis == null) {
            basis = "sex";
        }
        if (!basis.equals("sex") && !basis.equals("race_or_ethnicity")) {
            throw new InputException(rec, "basis", "must be sex or race_or_ethnicity (was " + basis + ")");
        }
        comparators = Check.list(comparators);
        periods = Check.list(periods);
        factors = Check.list(factors);
        if (periods.isEmpty()) {
            throw new InputException(rec, "periods", "at least one period of pay to compare is required");
        }
        for (Period p : periods) {
            boolean known = false;
            for (Comparator c : comparators) {
                known |= c.id().equals(p.comparatorId());
            }
            if (!known) {
                throw new InputException(rec, "periods", "period " + p.from() + " names comparator '" + p.comparatorId()
                        + "', which is not among the comparators");
            }
        }
    }

    public String subject() {
        return "equal pay claim " + id;
    }

    public Comparator comparator(String cid) {
        for (Comparator c : comparators) {
            if (c.id().equals(cid)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A comparator: an employee of another sex (or race or ethnicity) paid more.
     *
     * @param id             identifier
     * @param sex            the comparator's sex
     * @param raceEthnicity  the comparator's race or ethnicity
     * @param determinations judgments by question: {@code substantially_similar_work} (composite of skill, effort
     *                       and responsibility, similar working conditions; 1197.5(a)), {@code equal_work}
     *                       (federal: equal skill, effort and responsibility, same establishment; 29 USC 206(d)(1))
     */
    public record Comparator(String id, String sex, String raceEthnicity, Map<String, Determination> determinations) {
        public Comparator {
            id = Check.id(id, "comparator", "id");
            sex = Check.code(sex);
            raceEthnicity = Check.code(raceEthnicity);
            determinations = Check.map(determinations);
        }
    }

    /**
     * The pay compared for one period.
     *
     * @param from           first day
     * @param to             last day (the wages of the period are due by then; the period is timely if it ends inside the window)
     * @param comparatorId   the comparator paid more
     * @param employeeRate   the claimant's wage rate (USD/hour)
     * @param comparatorRate the comparator's wage rate (USD/hour)
     * @param hours          the claimant's hours in the period
     */
    public record Period(LocalDate from, LocalDate to, String comparatorId, java.math.BigDecimal employeeRate,
                         java.math.BigDecimal comparatorRate, java.math.BigDecimal hours) {
        public Period {
            String rec = "equal pay period " + from;
            Check.required(from, "equal pay period", "from");
            Check.required(to, rec, "to");
            if (to.isBefore(from)) {
                throw new InputException(rec, "to", "is before from");
            }
            comparatorId = Check.id(comparatorId, rec, "comparator_id");
            Check.required(employeeRate, rec, "employee_rate");
            Check.required(comparatorRate, rec, "comparator_rate");
            Check.required(hours, rec, "hours");
            Check.nonNegative(employeeRate, rec, "employee_rate");
            Check.nonNegative(comparatorRate, rec, "comparator_rate");
            Check.nonNegative(hours, rec, "hours");
        }
    }

    /**
     * A factor the employer relies on to explain the differential.
     *
     * @param id               identifier
     * @param kind             {@code seniority_system}, {@code merit_system}, {@code production_system} (quantity or
     *                         quality of production) or {@code bona_fide_factor} (a factor other than sex, race or
     *                         ethnicity, such as education, training or experience)
     * @param description      what the factor is
     * @param explainsPerHour  the part of the hourly differential it explains (USD/hour)
     * @param priorSalary      the factor is, or rests on, the employee's prior salary (1197.5(a)(4), (b)(4))
     * @param determinations   judgments by question: {@code applied_reasonably} ((a)(2)); for a bona fide factor
     *                         {@code not_derived_from_protected_differential}, {@code job_related},
     *                         {@code business_necessity}, and {@code alternative_practice_shown} (holds when the
     *                         employee demonstrated an alternative business practice serving the same purpose
     *                         without the differential)
     */
    public record Factor(String id, String kind, String description, java.math.BigDecimal explainsPerHour, boolean priorSalary,
                         Map<String, Determination> determinations) {
        public Factor {
            id = Check.id(id, "equal pay factor", "id");
            kind = Check.code(kind);
            String rec = "equal pay factor " + id;
            if (kind == null || !java.util.Set.of("seniority_system", "merit_system", "production_system", "bona_fide_factor").contains(kind)) {
                throw new InputException(rec, "kind", "must be seniority_system, merit_system, production_system or bona_fide_factor (was " + kind + ")");
            }
            Check.nonNegative(explainsPerHour, rec, "explains_per_hour");
            determinations = Check.map(determinations);
        }
    }
}
