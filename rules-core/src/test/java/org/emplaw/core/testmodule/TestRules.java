package org.emplaw.core.testmodule;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.RuleFacts;

/** Rule functions of the test-only module (not law). */
public final class TestRules {
    private TestRules() {
    }

    static String size(Employee e, LawBook law, LocalDate date) {
        if (e.employerHeadcount() == null) {
            return null;
        }
        int min = law.value("test_large_employer_min_headcount", null, date).decimal().intValueExact();
        return e.employerHeadcount() >= min ? "large" : "small";
    }

    public static Finding minimumRate(Employee e, LawBook law, LocalDate date) {
        BigDecimal rate = RuleFacts.require(e.hourlyRate(), e.subject(), "hourly_rate");
        ParameterValue min = law.value("test_min_rate_hourly", size(e, law, date), date);
        BigDecimal shortfall = min.decimal().subtract(rate).max(BigDecimal.ZERO);
        return Finding.of("Hourly rate is at least the test minimum", e.subject())
                .outcome(shortfall.signum() == 0)
                .amount(new Amount("shortfall_per_hour", shortfall, "USD/hour",
                        "max(0, " + min.text() + " - " + rate.toPlainString() + ") = " + shortfall.toPlainString()))
                .parameter(min).fact("hourly_rate", rate).build();
    }

    public static Finding weeklyFloor(Employee e, LawBook law, LocalDate date) {
        ParameterValue floor = law.value("test_weekly_floor", size(e, law, date), date);
        ParameterValue hours = law.value("test_hours_per_week", null, date);
        BigDecimal weekly = e.hourlyRate().multiply(hours.decimal());
        return Finding.of("Weekly pay at the hourly rate reaches the weekly floor", e.subject())
                .outcome(weekly.compareTo(floor.decimal()) >= 0)
                .amount(new Amount("weekly_floor", floor.decimal(), "USD/week", floor.formula()))
                .amount(new Amount("weekly_pay", weekly, "USD/week", e.hourlyRate().toPlainString() + " x " + hours.text()))
                .parameter(floor).build();
    }

    /** Simulates a defect in a rule function. */
    public static void fail(Employee e) {
        throw new IllegalStateException("rule function defect for " + e.id());
    }
}
