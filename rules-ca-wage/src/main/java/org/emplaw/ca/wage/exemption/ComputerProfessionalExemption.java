package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.RuleFacts;

/**
 * Computer software professional exemption, Lab. Code 515.5: primarily engaged in intellectual or creative
 * work requiring discretion and independent judgment (a)(1), in systems analysis, software design or
 * operating-system software work (a)(2), highly skilled and proficient (a)(3), paid at least the hourly
 * rate, or an annual salary paid at least monthly in monthly amounts, each at or above its own CPI-adjusted
 * figure (a)(4); and none of the exclusions of (b).
 */
public final class ComputerProfessionalExemption {
    public static final String ID = "ca.wage.exemption.computer-professional";
    static final String CITE = "Lab. Code 515.5";
    /** Option: whether excluded work (515.5(b)(3)-(5)) excludes only as the primary work ({@code primary}) or at any share ({@code any}). */
    public static final String EXCLUDED_WORK_OPTION = "ca.computer.excluded-work";
    /**
     * Option: how a salary meets 515.5(a)(4): {@code stated_period} (default; a monthly salary on the monthly figure,
     * any other on the annual figure) or {@code annual_and_monthly} (both figures; note that annual / 12 is a few
     * cents below the monthly figure in every year 2016-2026, so a salary exactly at the annual figure then fails).
     */
    public static final String SALARY_TEST_OPTION = "ca.computer.salary-test";
    static final String BOTH = "annual_and_monthly";

    private ComputerProfessionalExemption() {
    }

    public static Finding evaluate(Employee e, List<?> positions, LawBook law, LocalDate date, String excludedWorkReading,
                                   String salaryReading) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        parts.add(Prongs.guard(ID + ".pay", "Paid at least the computer professional minimum", s, CITE + "(a)(4)", () -> pay(e, law, date, salaryReading)));
        String q1 = "Primarily engaged in intellectual or creative work requiring discretion and independent judgment";
        parts.add(Prongs.guard(ID + ".intellectual-discretion", q1, s, CITE + "(a)(1)", () -> {
            Position p = Prongs.position(e, positions);
            List<Finding> js = List.of(
                    Prongs.judgment(ID + ".intellectual-or-creative", "Work is intellectual or creative", s, CITE + "(a)(1)", p, "intellectual_or_creative"),
                    Prongs.judgment(ID + ".discretion", "Requires discretion and independent judgment", s, CITE + "(a)(1)", p,
                            "discretion_and_independent_judgment"));
            return Prongs.combine(Prongs.prong(ID + ".intellectual-discretion", q1, s, CITE + "(a)(1)"), js, Prongs.allOf(js));
        }));
        String q2 = "Primarily engaged in systems analysis, software design or operating-system software work";
        parts.add(Prongs.guard(ID + ".primarily", q2, s, CITE + "(a)(2)", () -> Prongs.primarily(ID + ".primarily", q2, s,
                CITE + "(a)(2)", Prongs.position(e, positions), DutyKinds.COMPUTER_SOFTWARE, law, date)));
        String q3 = "Highly skilled and proficient in computer systems analysis, programming or software engineering";
        parts.add(Prongs.guard(ID + ".highly-skilled", q3, s, CITE + "(a)(3)",
                () -> Prongs.judgment(ID + ".highly-skilled", q3, s, CITE + "(a)(3)", Prongs.position(e, positions), "highly_skilled_and_proficient")));
        String q4 = "No exclusion of Lab. Code 515.5(b) applies";
        parts.add(Prongs.guard(ID + ".exclusions", q4, s, CITE + "(b)", () -> exclusions(e, Prongs.position(e, positions), law, date, excludedWorkReading)));
        Finding.Builder test = Finding.of("The computer software professional exemption applies", s).citation(CITE);
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    /**
     * Pay prong: an hourly rate at or above {@code ca_computer_prof_min_hourly}; or a salary at or above
     * {@code ca_computer_prof_min_monthly} (monthly salary) or {@code ca_computer_prof_min_annual} (any other salary,
     * on the annual scale). Each figure is CPI-adjusted on its own and tested on its own (see {@link #SALARY_TEST_OPTION}).
     */
    static Finding pay(Employee e, LawBook law, LocalDate date, String salaryReading) {
        String s = e.subject();
        Finding.Builder b = Prongs.prong(ID + ".pay", "Paid at least the computer professional minimum", s, CITE + "(a)(4)");
        PayBasis basis = RuleFacts.require(e.payBasis(), s, "pay_basis");
        if (basis == PayBasis.HOURLY) {
            BigDecimal rate = RuleFacts.require(e.hourlyRate(), s, "hourly_rate");
            ParameterValue min = law.value("ca_computer_prof_min_hourly", null, date);
            boolean met = rate.compareTo(min.decimal()) >= 0;
            return b.parameter(min).fact("hourly_rate", rate).outcome(met).reason(() -> "hourly rate " + rate.toPlainString()
                    + (met ? " is at least " : " is below ") + min.text() + " USD/hour").build();
        }
        if (basis != PayBasis.SALARY) {
            return b.outcome(Outcome.NOT_MET).fact("pay_basis", basis).reason(() -> "paid on a "
                    + basis.name().toLowerCase(Locale.ROOT) + " basis: neither an hourly rate nor a salary").build();
        }
        BigDecimal salary = RuleFacts.require(e.salary(), s, "salary");
        String period = e.salaryPeriod().name().toLowerCase(Locale.ROOT);
        ParameterValue perYear = law.value("ca_salary_periods_per_year", period, date);
        ParameterValue months = law.value("ca_months_per_year", null, date);
        BigDecimal annual = SalaryTest.annualised(salary, perYear);
        BigDecimal monthly = annual.divide(months.decimal(), MathContext.DECIMAL64);
        boolean both = BOTH.equals(salaryReading);
        b.fact("salary", salary).fact("salary_period", period);
        b.choice(SALARY_TEST_OPTION + "=" + (both ? BOTH : "stated_period") + ": " + (both
                ? "an annual salary must reach the annual figure and its monthly amount (annual / 12) the monthly figure"
                : "a monthly salary is tested on the monthly figure, any other salary (put on the annual scale) on the annual figure; each figure on its own"));
        List<Finding> tests = new ArrayList<>();
        if (both || period.equals("monthly")) {
            ParameterValue minMonthly = law.value("ca_computer_prof_min_monthly", null, date);
            boolean monthlyMet = monthly.compareTo(minMonthly.decimal()) >= 0;
            tests.add(Prongs.prong(ID + ".monthly-salary", "Monthly salary at least the monthly minimum", s, CITE + "(a)(4)")
                    .parameter(minMonthly).parameter(months).parameter(perYear).outcome(monthlyMet)
                    .amount(Amount.lazy("monthly_salary", monthly, "USD", () -> salary.toPlainString() + " x " + perYear.text() + " / " + months.text() + " (unrounded)"))
                    .reason(() -> monthly.toPlainString() + (monthlyMet ? " is at least " : " is below ") + minMonthly.text() + " USD/month").build());
        }
        if (both || !period.equals("monthly")) {
            ParameterValue minAnnual = law.value("ca_computer_prof_min_annual", null, date);
            boolean annualMet = annual.compareTo(minAnnual.decimal()) >= 0;
            tests.add(Prongs.prong(ID + ".annual-salary", "Annual salary at least the annual minimum", s, CITE + "(a)(4)")
                    .parameter(minAnnual).parameter(perYear).outcome(annualMet)
                    .amount(Amount.lazy("annual_salary", annual, "USD", () -> salary.toPlainString() + " x " + perYear.text()))
                    .reason(() -> annual.toPlainString() + (annualMet ? " is at least " : " is below ") + minAnnual.text() + " USD/year").build());
        }
        return Prongs.combine(b, tests, Prongs.allOf(tests));
    }

    static Finding exclusions(Employee e, Position p, LawBook law, LocalDate date, String reading) {
        String s = e.subject();
        Finding.Builder b = Prongs.prong(ID + ".exclusions", "No exclusion of Lab. Code 515.5(b) applies", s, CITE + "(b)");
        boolean any = "any".equals(reading);
        b.choice(EXCLUDED_WORK_OPTION + "=" + (any ? "any" : "primary") + ": excluded work of 515.5(b)(3)-(5) "
                + (any ? "excludes at any share of working time" : "excludes when it is the employee's primary work (more than one-half, Lab. Code 515(e))"));
        List<Finding> parts = new ArrayList<>();
        parts.add(notExcluded(s, p, "trainee_or_entry_level", "Not a trainee or entry-level employee learning to become proficient", "(b)(1)"));
        parts.add(notExcluded(s, p, "lacks_skill_to_work_independently", "Has the skill to work independently without close supervision", "(b)(2)"));
        BigDecimal excludedShare = p.shareOf(DutyKinds.COMPUTER_EXCLUDED);
        ParameterValue min = law.value("ca_primarily_engaged_min_share", null, date);
        boolean excluded = any ? excludedShare.signum() > 0 : excludedShare.compareTo(min.decimal()) > 0;
        Finding.Builder w = Prongs.prong(ID + ".excluded-work", "Not engaged in computer operation, hardware, CAD-dependent or content-writing work",
                s, CITE + "(b)(3)-(5)").fact("excluded_work_share", excludedShare).outcome(!excluded)
                .reason(() -> "share of excluded work " + excludedShare.toPlainString() + (excluded ? " excludes the employee" : " does not exclude the employee"));
        if (!any) {
            w.parameter(min);
        }
        parts.add(w.build());
        return Prongs.combine(b, parts, Prongs.allOf(parts));
    }

    private static Finding notExcluded(String s, Position p, String key, String q, String sub) {
        Finding j = Prongs.judgment(ID + ".exclusion-" + key, q, s, CITE + sub, p, key);
        if (!j.outcome().decided()) {
            return j;
        }
        // the determination says whether the exclusion holds; the prong is met when it does not
        return j.toBuilder().outcome(j.outcome() == Outcome.NOT_MET).build();
    }
}
