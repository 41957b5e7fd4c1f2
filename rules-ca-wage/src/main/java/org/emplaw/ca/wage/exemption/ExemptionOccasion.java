package org.emplaw.ca.wage.exemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;

/**
 * One test of an employee's exemptions: the pay periods it reads and the day whose figures of law it uses. The
 * exemption rules test the employee once per occasion, and the status rules decide coverage from the occasion's
 * determinations.
 *
 * <p>A request with at most one pay period of the employee, or an employee who claims no exemption decided for the
 * employee as a whole (only the commissioned exemption, which is decided for each pay period anyway, or none), has one
 * occasion for the employee as a whole, on the evaluation date, over all the request's pay periods: the test as it
 * always was.
 *
 * <p>A request holding several pay periods (an employee's year) must give each pay period the answer a request for
 * that pay period alone, made as of its last day, would give. The answer can differ between pay periods in two ways:
 * the figures of law differ (the salary floor rises on 1 January with the state minimum wage, Lab. Code 515(a)), or
 * the pay records that the salary basis reads differ (a deduction, or pay by the hour without a salary line, in one pay
 * period). So the pay periods are grouped where neither can differ: the same figures of law that the exemption tests
 * read ({@link #FIGURES}) on their last days and the same salary-basis facts (no deduction, and the same kinds of pay line; a pay
 * period with a deduction stands alone). When that leaves one group under the figures of the evaluation date, the
 * employee is tested as a whole, as before. Otherwise each group is its own occasion, tested with the figures of its
 * last pay period's last day (or the evaluation date, if earlier), and its determinations hold for its pay periods only.
 */
public final class ExemptionOccasion {
    /** The choice named in a finding made for some pay periods of a request. */
    public static final String CHOICE = "a request's pay periods are tested for the exemption in groups that share the figures of law on their"
            + " last days and the salary-basis facts (deductions, kinds of pay line); each group with the figures of its last day"
            + " (or the evaluation date, if earlier), so each pay period gets the answer a request for it alone, as of its last day, gets";

    /**
     * The figures of law the exemption tests read (and, through {@link LawBook#sameFigures(java.util.Set, LocalDate,
     * LocalDate)}, the inputs of those derived by formula): two pay periods whose last days share them get the same
     * answer. {@code ExemptionOccasionTest} checks that every figure an exemption finding of the module's cases and of
     * generated years lists is here, so that a new figure cannot be missed.
     */
    public static final java.util.Set<String> FIGURES = java.util.Set.of(
            "ca_exempt_salary_annual", "ca_exempt_salary_monthly", "ca_exempt_salary_weekly", "ca_min_wage_hourly",
            "ca_min_wage_large_employer_min_headcount", "ca_salary_periods_per_year", "ca_months_per_year",
            "ca_salary_basis_defeating_deductions", "ca_salary_basis_permitted_deductions", "ca_primarily_engaged_min_share",
            "ca_executive_min_employees_directed", "ca_professional_excluded_licenses", "ca_professional_licensed_fields",
            "ca_computer_prof_min_annual", "ca_computer_prof_min_hourly", "ca_computer_prof_min_monthly",
            "ca_physician_exempt_min_hourly", "ca_outside_sales_min_age_years", "ca_outside_sales_min_time_away_share");

    private final String employeeId;
    private final List<PayPeriod> periods;
    private final List<String> payPeriodIds;
    private final LocalDate date;

    private ExemptionOccasion(String employeeId, List<PayPeriod> periods, List<String> payPeriodIds, LocalDate date) {
        this.employeeId = employeeId;
        this.periods = periods;
        this.payPeriodIds = payPeriodIds;
        this.date = date;
    }

    /** The occasions on which {@code e} is tested, given the request's facts {@code periods} (any type; others ignored). */
    public static List<ExemptionOccasion> of(Employee e, List<?> periods, LawBook law, LocalDate asOf) {
        List<PayPeriod> mine = new ArrayList<>(periods.size());
        for (Object o : periods) {
            if (o instanceof PayPeriod p && p.employeeId().equals(e.id())) {
                mine.add(p);
            }
        }
        if (mine.size() > 1) {
            mine.sort(Comparator.comparing(PayPeriod::start).thenComparing(PayPeriod::id));
        }
        List<PayPeriod> all = Collections.unmodifiableList(mine);
        if (mine.size() <= 1 || !claimsEmployeeLevelExemption(e)) {
            return List.of(new ExemptionOccasion(e.id(), all, List.of(), asOf));
        }
        List<Group> groups = new ArrayList<>();
        for (PayPeriod p : mine) {
            LocalDate day = p.end().isAfter(asOf) ? asOf : p.end();
            String basis = salaryBasisFacts(p);
            Group home = null;
            for (Group g : groups) {
                if (g.basis.equals(basis) && law.sameFigures(FIGURES, g.day, day)) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Group(basis, day);
                groups.add(home);
            }
            home.periods.add(p);
            if (day.isAfter(home.day)) {
                home.day = day;
            }
        }
        if (groups.size() == 1 && law.sameFigures(FIGURES, groups.get(0).day, asOf)) {
            return List.of(new ExemptionOccasion(e.id(), all, List.of(), asOf));
        }
        List<ExemptionOccasion> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            List<String> ids = new ArrayList<>(g.periods.size());
            for (PayPeriod p : g.periods) {
                ids.add(p.id());
            }
            out.add(new ExemptionOccasion(e.id(), List.copyOf(g.periods), List.copyOf(ids), g.day));
        }
        return out;
    }

    /** Claims an exemption decided for the employee as a whole (every one except the per-pay-period commissioned one). */
    private static boolean claimsEmployeeLevelExemption(Employee e) {
        for (String x : e.claimedExemptions()) {
            if (!ExemptionStatuses.COMMISSIONED.equals(x)) {
                return true;
            }
        }
        return false;
    }

    /** What the salary basis reads of a pay period, as a key: a pay period with a deduction is its own. */
    private static String salaryBasisFacts(PayPeriod p) {
        if (!p.deductions().isEmpty()) {
            return "deductions of pay period " + p.id();
        }
        // the lines the salary basis reads (SalaryTest.basis)
        boolean salary = SalaryTest.hasLine(p, PayKind.SALARY);
        boolean hours = SalaryTest.hasLine(p, PayKind.STRAIGHT_TIME);
        return salary ? (hours ? "salary and hourly lines" : "salary line") : (hours ? "hourly lines" : "no salary or hourly line");
    }

    private static final class Group {
        final String basis;
        final List<PayPeriod> periods = new ArrayList<>();
        LocalDate day;

        Group(String basis, LocalDate day) {
            this.basis = basis;
            this.day = day;
        }
    }

    public String employeeId() {
        return employeeId;
    }

    /** The pay periods the test reads (all of the employee's in the request, for a test of the employee as a whole). */
    public List<PayPeriod> periods() {
        return periods;
    }

    /** The day whose figures of law the test uses. */
    public LocalDate date() {
        return date;
    }

    /** Whether the test is for some pay periods only (its determinations hold for {@link #payPeriodIds()}). */
    public boolean isPerPayPeriod() {
        return !payPeriodIds.isEmpty();
    }

    /** The pay periods the determinations hold for; empty for a test of the employee as a whole. */
    public List<String> payPeriodIds() {
        return payPeriodIds;
    }

    /** Whether the determinations of this occasion hold for pay period {@code id}. */
    public boolean covers(String id) {
        return payPeriodIds.contains(id);
    }

    /**
     * The exemption finding as reported: unchanged for a test of the employee as a whole; for some pay periods, its
     * subject names them, and it states the pay periods and the choice.
     */
    public Finding report(Finding f) {
        if (!isPerPayPeriod()) {
            return f;
        }
        return f.toBuilder(f.subject() + " pay period" + (payPeriodIds.size() == 1 ? " " : "s ") + String.join(", ", payPeriodIds))
                .fact("pay_periods", String.join(", ", payPeriodIds)).fact("figures_of_law_on", date).choice(CHOICE).build();
    }

    /** The determination of exemption {@code exemption} this occasion's finding {@code f} makes, for the employee or for its pay periods. */
    public ExemptionDetermination determination(Employee e, String exemption, Finding f) {
        return isPerPayPeriod() ? ExemptionDetermination.on(this, exemption, f) : ExemptionDetermination.of(e, null, exemption, f);
    }

    @Override
    public String toString() {
        return "exemption test of employee " + employeeId + " with the figures of law on " + date
                + (isPerPayPeriod() ? " for pay period(s) " + String.join(", ", payPeriodIds) : " as a whole")
                + " (" + periods.size() + " pay period(s) read)";
    }
}
