package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

/**
 * The same employee under the federal FLSA white-collar salary tests (29 CFR 541.600 standard salary level,
 * 541.601 highly compensated employee, 541.400(b) computer employee hourly rate), reported beside the
 * California salary level. Employers must satisfy both; where California's threshold is higher it controls
 * (29 USC 218(a): the FLSA does not excuse noncompliance with a higher state standard). The vacated 2024 DOL
 * rule is never applied (it is absent from the tables).
 */
public final class FederalComparison {
    public static final String ID = "ca.wage.exemption.federal-comparison";
    static final String CITE = "29 CFR 541.600; 29 USC 218(a)";

    private FederalComparison() {
    }

    public static Finding evaluate(Employee e, LawBook law, LocalDate date) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        parts.add(Prongs.guard(ID + ".federal-salary-level", "FLSA standard salary level is met", s, "29 CFR 541.600(a)",
                () -> federalLevel(e, law, date)));
        parts.add(Prongs.guard(ID + ".federal-hce", "FLSA highly compensated employee compensation is met", s, "29 CFR 541.601(a)",
                () -> hce(e, law, date)));
        if (e.claims("computer_professional") && e.payBasis() == PayBasis.HOURLY) {
            parts.add(Prongs.guard(ID + ".federal-computer-hourly", "FLSA computer employee hourly rate is met", s, "29 CFR 541.400(b)",
                    () -> computerHourly(e, law, date)));
        }
        Finding ca = Prongs.guard(ID + ".california-salary-level", "California salary level is met", s, SalaryTest.LEVEL_CITATION,
                () -> SalaryTest.level(ID + ".california-salary-level", e, law, date));
        parts.add(ca);
        // the pay test of each regime: the salary level, or for a claimed computer professional that exemption's own
        // pay test (29 CFR 541.400(b) hourly rate; Lab. Code 515.5(a)(4) hourly, monthly or annual minimum)
        Finding federal = parts.get(0);
        Finding federalComputer = null;
        Finding caComputer = null;
        if (e.claims("computer_professional")) {
            federalComputer = parts.stream().filter(p -> p.ruleId().equals(ID + ".federal-computer-hourly")).findFirst().orElse(null);
            caComputer = Prongs.guard(ComputerProfessionalExemption.ID + ".pay", "Paid at least the computer professional minimum", s,
                    "Lab. Code 515.5(a)(4)", () -> ComputerProfessionalExemption.pay(e, law, date, null));
            parts.add(caComputer);
        }
        Outcome fedPay = best(federal.outcome(), federalComputer == null ? null : federalComputer.outcome());
        Outcome caPay = best(ca.outcome(), caComputer == null ? null : caComputer.outcome());
        Finding.Builder b = Finding.of("The federal FLSA salary level compared with California's", s).citation(CITE);
        for (Finding p : parts) {
            b.part(p);
            p.citations().forEach(b::citation);
            b.parameters(p.parameters());
            p.amounts().forEach(b::amount);
        }
        String fed = fedPay.name().toLowerCase(Locale.ROOT);
        String cal = caPay.name().toLowerCase(Locale.ROOT);
        String controls = fedPay == Outcome.MET && caPay == Outcome.NOT_MET
                ? "California is more protective and controls: the employee is not exempt in California although the federal pay test is met"
                : "both regimes apply; California's pay thresholds are the higher ones and control for California employees";
        String which = federalComputer != null || caComputer != null ? " pay test (salary level or computer professional rate)" : " salary level";
        return b.outcome(fedPay).reason(() -> "federal" + which + " " + fed + "; California" + which + " " + cal + "; " + controls)
                .fact("california_pay_test", caPay).build();
    }

    /** MET when either test is met; otherwise the first test's outcome (the standard test decides the reason). */
    private static Outcome best(Outcome standard, Outcome alternative) {
        if (standard == Outcome.MET || alternative == Outcome.MET) {
            return Outcome.MET;
        }
        return standard;
    }

    /** The stated salary as a weekly equivalent: salary x periods per year / weeks per year. */
    public static BigDecimal weeklyEquivalent(BigDecimal salary, ParameterValue periodsPerYear, ParameterValue weeksPerYear) {
        return salary.multiply(periodsPerYear.decimal()).divide(weeksPerYear.decimal(), MathContext.DECIMAL64);
    }

    static Finding federalLevel(Employee e, LawBook law, LocalDate date) {
        String s = e.subject();
        ParameterValue min = law.value("us_flsa_eap_salary_weekly", null, date);
        Finding.Builder b = Prongs.prong(ID + ".federal-salary-level", "FLSA standard salary level is met", s, "29 CFR 541.600(a)").parameter(min);
        org.emplaw.core.rules.RuleFacts.require(e.payBasis(), s, "pay_basis");
        if (e.payBasis() != PayBasis.SALARY) {
            return b.outcome(Outcome.NOT_MET).reason("not paid a salary").build();
        }
        org.emplaw.core.rules.RuleFacts.require(e.salary(), s, "salary");
        String period = e.salaryPeriod().name().toLowerCase(Locale.ROOT);
        ParameterValue perYear = law.value("ca_salary_periods_per_year", period, date);
        ParameterValue weeks = law.value("us_flsa_weeks_per_year", null, date);
        BigDecimal weekly = weeklyEquivalent(e.salary(), perYear, weeks);
        boolean met = weekly.compareTo(min.decimal()) >= 0;
        return b.parameter(perYear).parameter(weeks).outcome(met)
                .amount(Amount.lazy("federal_weekly_salary", weekly, "USD", () -> e.salary().toPlainString() + " x " + perYear.text() + " / " + weeks.text()))
                .reason(() -> "weekly equivalent " + weekly.toPlainString() + (met ? " is at least " : " is below ") + min.text() + " USD/week").build();
    }

    static Finding hce(Employee e, LawBook law, LocalDate date) {
        String s = e.subject();
        ParameterValue min = law.value("us_flsa_hce_annual", null, date);
        Finding.Builder b = Prongs.prong(ID + ".federal-hce", "FLSA highly compensated employee compensation is met", s, "29 CFR 541.601(a)").parameter(min);
        if (e.payBasis() != PayBasis.SALARY || e.salary() == null) {
            return b.outcome(Outcome.NOT_MET).reason("not paid a salary").build();
        }
        ParameterValue perYear = law.value("ca_salary_periods_per_year", e.salaryPeriod().name().toLowerCase(Locale.ROOT), date);
        BigDecimal annual = SalaryTest.annualised(e.salary(), perYear);
        boolean met = annual.compareTo(min.decimal()) >= 0;
        return b.parameter(perYear).outcome(met).reason(() -> "annual salary " + annual.toPlainString() + (met ? " is at least " : " is below ")
                + min.text() + " USD/year (California has no highly-compensated exemption)").build();
    }

    static Finding computerHourly(Employee e, LawBook law, LocalDate date) {
        ParameterValue min = law.value("us_flsa_computer_min_hourly", null, date);
        BigDecimal rate = org.emplaw.core.rules.RuleFacts.require(e.hourlyRate(), e.subject(), "hourly_rate");
        boolean met = rate.compareTo(min.decimal()) >= 0;
        return Prongs.prong(ID + ".federal-computer-hourly", "FLSA computer employee hourly rate is met", e.subject(), "29 CFR 541.400(b)")
                .parameter(min).outcome(met).reason(() -> "hourly rate " + rate.toPlainString() + (met ? " is at least " : " is below ") + min.text()).build();
    }
}
