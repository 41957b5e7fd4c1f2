package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emplaw.ca.wage.EmployerSize;
import org.emplaw.core.facts.Deduction;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.RuleFacts;

/**
 * The white-collar salary prongs: the salary level (Lab. Code 515(a),(c): a monthly salary equivalent to
 * no less than two times the state minimum wage for full-time employment) and the salary basis (a
 * predetermined amount not reduced for the quality or quantity of work, 29 CFR 541.602 as incorporated by
 * Wage Order 4 section 1(A), with California's stricter disciplinary-deduction rule).
 */
public final class SalaryTest {
    public static final String LEVEL_CITATION = "Lab. Code 515(a),(c); IWC Wage Order 4, 1(A)(1)(f), (2)(g), (3)(d)";
    public static final String BASIS_CITATION = "Lab. Code 515(a); IWC Wage Order 4, 1(A); 29 CFR 541.602 (as incorporated)";

    private SalaryTest() {
    }

    /** The employee's stated salary on the annual scale: salary x periods per year of its salary period. */
    public static BigDecimal annualised(BigDecimal salary, ParameterValue periodsPerYear) {
        return salary.multiply(periodsPerYear.decimal());
    }

    /**
     * Salary level: the stated salary, put on the annual scale, is at least the derived floor
     * {@code ca_exempt_salary_annual} for the date and the employer-size tier (exactly at the floor passes;
     * compared unrounded). The monthly and weekly views are reported beside it.
     */
    public static Finding level(String ruleId, Employee e, LawBook law, LocalDate date) {
        String q = "The salary is at least two times the state minimum wage for full-time employment";
        Finding.Builder b = Prongs.prong(ruleId, q, e.subject(), LEVEL_CITATION);
        PayBasis basis = RuleFacts.require(e.payBasis(), e.subject(), "pay_basis");
        if (basis != PayBasis.SALARY) {
            return b.outcome(Outcome.NOT_MET).fact("pay_basis", basis)
                    .reason(() -> "paid on a " + basis.name().toLowerCase(Locale.ROOT) + " basis, not a salary: the salary level cannot be met")
                    .build();
        }
        BigDecimal salary = RuleFacts.require(e.salary(), e.subject(), "salary");
        String period = e.salaryPeriod().name().toLowerCase(Locale.ROOT);
        ParameterValue floor = EmployerSize.value(law, "ca_exempt_salary_annual", e, date);
        ParameterValue monthly = EmployerSize.value(law, "ca_exempt_salary_monthly", e, date);
        ParameterValue weekly = EmployerSize.value(law, "ca_exempt_salary_weekly", e, date);
        ParameterValue perYear = law.value("ca_salary_periods_per_year", period, date);
        BigDecimal annual = annualised(salary, perYear);
        boolean met = annual.compareTo(floor.decimal()) >= 0;
        return b.outcome(met).parameter(floor).parameter(monthly).parameter(weekly).parameter(perYear)
                .fact("salary", salary).fact("salary_period", period).fact("employer_headcount", e.employerHeadcount())
                .amount(org.emplaw.core.finding.Amount.lazy("annualised_salary", annual, "USD", () ->
                        salary.toPlainString() + " USD/" + period + " x " + perYear.text() + " = " + annual.toPlainString() + " USD/year"))
                .amount(org.emplaw.core.finding.Amount.lazy("salary_floor_annual", floor.decimal(), "USD", () ->
                        floor.formula() + " = " + floor.text() + " USD/year (monthly view " + monthly.decimal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                                + ", rounded for display only; weekly view " + weekly.text() + ")"))
                .reason(() -> annual.toPlainString() + " USD/year " + (met ? "is at least" : "is below") + " the floor of "
                        + floor.text() + " USD/year")
                .build();
    }

    /** Whether pay period {@code p} pays a line of kind {@code kind} (a salary line; a straight-time line paid by the hour). */
    static boolean hasLine(PayPeriod p, PayKind kind) {
        for (PayItem i : p.pay()) {
            if (i.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Salary basis: paid a salary (hourly, commission and piece pay cannot be a salary unless a specific
     * exemption allows it), no deduction that defeats the salary basis, and not pay computed by hours
     * with no guaranteed salary. Deductions of a kind neither list names need a person's judgment.
     */
    public static Finding basis(String ruleId, Employee e, List<?> periods, LawBook law, LocalDate date) {
        String q = "The employee is paid on a salary basis";
        Finding.Builder b = Prongs.prong(ruleId, q, e.subject(), BASIS_CITATION);
        PayBasis basis = RuleFacts.require(e.payBasis(), e.subject(), "pay_basis");
        b.fact("pay_basis", basis);
        if (basis != PayBasis.SALARY) {
            return b.outcome(Outcome.NOT_MET).reason(() -> "paid on a " + basis.name().toLowerCase(Locale.ROOT)
                    + " basis: pay tied to hours or output is not a salary (Negri v. Koning & Associates (2013) 216 Cal.App.4th 392)")
                    .citation("Negri v. Koning & Associates (2013) 216 Cal.App.4th 392").build();
        }
        ParameterValue permitted = law.value("ca_salary_basis_permitted_deductions", null, date);
        ParameterValue defeating = law.value("ca_salary_basis_defeating_deductions", null, date);
        b.parameter(permitted).parameter(defeating);
        List<String> defeats = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        List<String> hourly = new ArrayList<>();
        int n = 0;
        for (Object o : periods) {
            if (!(o instanceof PayPeriod p) || !p.employeeId().equals(e.id())) {
                continue;
            }
            n++;
            for (Deduction d : p.deductions()) {
                String code = d.reason().name().toLowerCase(Locale.ROOT);
                String label = "pay period " + p.id() + ": " + code + " " + d.amount().toPlainString() + " USD";
                if (contains(defeating, code)) {
                    defeats.add(label);
                } else if (!contains(permitted, code)) {
                    unclear.add(label + (d.note() == null ? "" : " (" + d.note() + ")"));
                }
            }
            if (hasLine(p, PayKind.STRAIGHT_TIME) && !hasLine(p, PayKind.SALARY)) {
                hourly.add("pay period " + p.id());
            }
        }
        b.fact("pay_periods_examined", n);
        if (!defeats.isEmpty()) {
            return b.outcome(Outcome.NOT_MET).fact("defeating_deductions", String.join("; ", defeats))
                    .reason(() -> "deductions that an exempt salary cannot bear: " + String.join("; ", defeats)).build();
        }
        if (!hourly.isEmpty()) {
            return b.outcome(Outcome.NOT_MET).citation("Negri v. Koning & Associates (2013) 216 Cal.App.4th 392")
                    .reason(() -> "paid by the hour with no salary line (no guaranteed salary) in " + String.join(", ", hourly)).build();
        }
        if (!unclear.isEmpty()) {
            return b.outcome(Outcome.NEEDS_JUDGMENT).fact("other_deductions", String.join("; ", unclear))
                    .missing("judgment on deductions: " + String.join("; ", unclear))
                    .reason(() -> "deductions of a kind the salary-basis rules do not classify; a person must judge whether they reduce pay for the quality or quantity of work: "
                            + String.join("; ", unclear)).build();
        }
        if (n == 0) {
            b.warning("no pay records given: the salary basis rests on the stated pay basis alone");
        }
        int examined = n;
        return b.outcome(Outcome.MET).reason(() -> "paid a salary" + (examined == 0 ? " (stated pay basis; no pay records given)"
                : "; no deduction in " + examined + " pay period(s) defeats the salary basis")).build();
    }

    private static boolean contains(ParameterValue list, String code) {
        for (Object x : list.list()) {
            if (String.valueOf(x).equals(code)) {
                return true;
            }
        }
        return false;
    }
}
