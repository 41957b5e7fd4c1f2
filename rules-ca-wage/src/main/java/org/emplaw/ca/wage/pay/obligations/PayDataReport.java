package org.emplaw.ca.wage.pay.obligations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.core.facts.Employer;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Annual pay data report (Gov. Code 12999): a private employer with 100 or more employees files a pay data report for
 * the prior calendar year with the Civil Rights Department on or before the second Wednesday of May. Checked for the
 * latest deadline on or before the evaluation date. (A separate report for workers hired through labor contractors is
 * due when those number 100 or more; the facts do not say which report a filing date belongs to, so it is not checked.)
 */
public final class PayDataReport {
    public static final String QUESTION = "Was the annual pay data report filed by its deadline (Gov. Code 12999)?";
    static final String MIN = "ca_pay_data_report_min_employees";

    private PayDataReport() {
    }

    /** The deadline in a year: the n-th given weekday of the given month, all from the parameter tables. */
    public static LocalDate deadline(int year, LawBook law, List<ParameterValue> used) {
        LocalDate probe = LocalDate.of(year, 1, 1);
        ParameterValue month = law.value("ca_pay_data_report_due_month", null, probe);
        ParameterValue weekday = law.value("ca_pay_data_report_due_weekday", null, probe);
        ParameterValue ordinal = law.value("ca_pay_data_report_due_weekday_ordinal", null, probe);
        used.add(month);
        used.add(weekday);
        used.add(ordinal);
        DayOfWeek dow = DayOfWeek.valueOf(weekday.text().toUpperCase(Locale.ROOT));
        return LocalDate.of(year, month.decimal().intValueExact(), 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(ordinal.decimal().intValueExact(), dow));
    }

    public static Finding evaluate(Employer er, LawBook law, LocalDate asOf) {
        String subject0 = "employer " + er.id() + " pay data report";
        return Figures.guarded(QUESTION, subject0, () -> decide(er, law, asOf, subject0));
    }

    static Finding decide(Employer er, LawBook law, LocalDate asOf, String subject0) {
        LocalDate first = law.tables().get("ca_pay_data_report_due_month").firstDate();
        List<ParameterValue> used = new java.util.ArrayList<>();
        int year = asOf.getYear();
        LocalDate due = year >= first.getYear() ? deadline(year, law, used) : null;
        if (due == null || due.isAfter(asOf)) {
            year--;
            used.clear();
            due = year >= first.getYear() ? deadline(year, law, used) : null;
        }
        if (due == null) {
            return Finding.of(QUESTION, subject0).outcome(Outcome.NOT_APPLICABLE)
                    .reason("no second-Wednesday-of-May deadline (in force from " + first + ") falls on or before " + asOf).build();
        }
        String subject = subject0 + " for " + (year - 1);
        Finding.Builder b = Finding.of(QUESTION, subject);
        used.forEach(b::parameter);
        Integer headcount = er.headcount();
        if (headcount == null) {
            throw new MissingFactException(subject, List.of("employer headcount"));
        }
        ParameterValue min = law.value(MIN, null, due);
        b.parameter(min).fact("headcount", headcount).fact("deadline", due).fact("filed", er.payDataReportsFiled());
        if (headcount < min.decimal().intValueExact()) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("the employer has " + headcount + " employees, fewer than "
                    + Figures.x(min.decimal())).build();
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate onTime = null;
        LocalDate late = null;
        for (LocalDate f : er.payDataReportsFiled()) {
            if (!f.isBefore(yearStart) && !f.isAfter(due)) {
                onTime = f;
            } else if (f.isAfter(due) && !f.isAfter(asOf) && f.getYear() == year) {
                late = f;
            }
        }
        String head = "the employer has " + headcount + " employees (at least " + Figures.x(min.decimal())
                + "); the report for " + (year - 1) + " was due on or before " + due;
        if (onTime != null) {
            return b.outcome(Outcome.MET).reason(head + " and was filed on " + onTime).build();
        }
        return b.outcome(Outcome.NOT_MET).reason(head + (late != null ? " and was filed late, on " + late
                : " and no filing is recorded by " + asOf)).build();
    }
}
