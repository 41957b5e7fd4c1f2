package org.emplaw.examples.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.RuleFacts;

/**
 * A city minimum wage ordinance for hourly employees, as the module template uses it: every hour
 * worked within the city, in a workweek in which the employee works at least the ordinance's
 * coverage threshold of hours in the city, is paid at least the city's minimum wage in force on that
 * day. Hours are not averaged across the period: each day's hours are compared with that day's rate
 * (the period may straddle a July 1 increase).
 *
 * <p>The figures (the rate and the weekly coverage threshold) come from the module's parameter tables,
 * by the names the DRL passes in, so a new city needs a new table and a DRL rule, not new Java.
 */
public final class LocalMinimumWage {
    private LocalMinimumWage() {
    }

    /** Whether the employee may have worked in {@code city} in the period (usual location or a day's city). */
    public static boolean worksIn(Employee e, PayPeriod p, String city) {
        if (e.workLocation() != null && city.equals(e.workLocation().city())) {
            return true;
        }
        for (WorkDay d : p.days()) {
            if (city.equals(d.city())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shortfall below the city minimum wage for the hourly employee's hours worked in the city in
     * the pay period. Owed = sum over covered days of hours x (city rate that day - hourly rate), when
     * positive; the total is rounded to the cent (half up) for the output, and only there.
     *
     * @param cityName       the city's name for the question ("Berkeley")
     * @param rateParam      parameter holding the city's hourly minimum wage
     * @param coverageParam  parameter holding the weekly hours in the city that make a person an employee under the ordinance
     */
    public static Finding payPeriod(Employee e, PayPeriod p, String city, String cityName, String rateParam,
                                    String coverageParam, LawBook law, EvaluationContext ctx) {
        String subject = e.subject() + " pay period " + p.id();
        BigDecimal rate = RuleFacts.require(e.hourlyRate(), subject, "hourly_rate");
        DayOfWeek weekStart = RuleFacts.require(p.workweekStart(), subject, "workweek_start");
        Map<LocalDate, BigDecimal> hoursInCityByWeek = new LinkedHashMap<>();
        for (WorkDay d : p.days()) {
            if (inCity(e, d, city)) {
                hoursInCityByWeek.merge(d.date().with(TemporalAdjusters.previousOrSame(weekStart)), d.hoursWorked(), BigDecimal::add);
            }
        }
        Finding.Builder b = Finding.of("Hours worked in " + cityName + " in pay period " + p.id()
                + " were paid at least the " + cityName + " minimum wage", subject);
        b.fact("hourly_rate", rate).fact("workweek_start", weekStart);
        BigDecimal shortfall = BigDecimal.ZERO;
        BigDecimal coveredHours = BigDecimal.ZERO;
        StringBuilder computation = new StringBuilder();
        for (WorkDay d : p.days()) {
            if (!inCity(e, d, city)) {
                continue;
            }
            LocalDate week = d.date().with(TemporalAdjusters.previousOrSame(weekStart));
            ParameterValue threshold = law.value(coverageParam, null, week);
            b.parameter(threshold);
            if (hoursInCityByWeek.get(week).compareTo(threshold.decimal()) < 0) {
                continue;
            }
            ParameterValue min = law.value(rateParam, null, d.date());
            b.parameter(min);
            coveredHours = coveredHours.add(d.hoursWorked());
            BigDecimal gap = min.decimal().subtract(rate);
            if (gap.signum() > 0 && d.hoursWorked().signum() > 0) {
                BigDecimal owedDay = d.hoursWorked().multiply(gap);
                shortfall = shortfall.add(owedDay);
                computation.append(computation.length() == 0 ? "" : " + ").append(d.date()).append(": ")
                        .append(d.hoursWorked().toPlainString()).append(" h x (").append(min.decimal().toPlainString())
                        .append(" - ").append(rate.toPlainString()).append(")");
            }
        }
        b.fact("hours_worked_in_city_in_covered_weeks", coveredHours);
        if (coveredHours.signum() == 0) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("no workweek of the period has the ordinance's minimum hours worked in "
                    + cityName).build();
        }
        BigDecimal owed = shortfall.setScale(2, RoundingMode.HALF_UP);
        if (owed.signum() == 0) {
            return b.outcome(Outcome.MET).reason(coveredHours.toPlainString() + " hours in " + cityName + " at "
                    + rate.toPlainString() + " USD/h, not below the city rate on any day").build();
        }
        return b.outcome(Outcome.NOT_MET)
                .reason(coveredHours.toPlainString() + " hours in " + cityName + " at " + rate.toPlainString()
                        + " USD/h, below the city minimum wage")
                .amount(Amount.usd("owed", owed, computation + " = " + shortfall.toPlainString()
                        + " USD, rounded to the cent = " + owed.toPlainString() + " USD"))
                .build();
    }

    private static boolean inCity(Employee e, WorkDay d, String city) {
        String where = d.city() != null ? d.city() : e.workLocation() == null ? null : e.workLocation().city();
        return city.equals(where);
    }

    /** For tests: the city of a day as this function reads it. */
    static List<String> cities(Employee e, PayPeriod p) {
        return p.days().stream().map(d -> d.city() != null ? d.city() : e.workLocation().city()).toList();
    }
}
