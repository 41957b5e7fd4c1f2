package org.emplaw.ca.wage.pay;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.rules.RuleFacts;

/**
 * The part of one fixed workweek (Lab. Code 500(b): seven consecutive 24-hour periods starting on the same day each
 * week) that falls inside a pay period, with the workdays recorded there, in date order.
 *
 * <p>A pay period may begin or end in the middle of a workweek. Only the days inside the period are in the facts, so
 * such a week is {@link #partial() partial}: weekly overtime and the seventh-day rule can count only the days given.
 *
 * @param start    the first day of the workweek (may precede the pay period)
 * @param from     the first day of the week inside the pay period
 * @param to       the last day of the week inside the pay period
 * @param days     workdays recorded inside {@code from..to}, in date order
 */
public record Workweek(LocalDate start, LocalDate from, LocalDate to, List<WorkDay> days) {
    /** Days in a calendar week; a workweek is seven consecutive days (Lab. Code 500(b)). */
    private static final int DAYS = DayOfWeek.values().length;

    public Workweek {
        days = List.copyOf(days);
    }

    /** The last day of the workweek. */
    public LocalDate end() {
        return endOf(start);
    }

    /** The last day of the workweek that starts on {@code start}. */
    public static LocalDate endOf(LocalDate start) {
        return start.plusDays(DAYS - 1L);
    }

    /** True when part of the workweek lies outside the pay period. */
    public boolean partial() {
        return !from.equals(start) || !to.equals(end());
    }

    public BigDecimal hours() {
        BigDecimal h = BigDecimal.ZERO;
        for (WorkDay d : days) {
            h = h.add(d.hoursWorked());
        }
        return h;
    }

    /** Number of days with hours worked. */
    public int daysWorked() {
        int n = 0;
        for (WorkDay d : days) {
            if (d.hoursWorked().signum() > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Splits a pay period into the workweeks it touches, starting from the employer's workweek start day.
     *
     * @throws org.emplaw.core.rules.MissingFactException when the pay period does not give its workweek start
     */
    public static List<Workweek> split(PayPeriod p, String subject) {
        return split(p, inDateOrder(p.days()), subject);
    }

    /**
     * {@link #split(PayPeriod, String)} with the period's workdays already in date order ({@link #inDateOrder}).
     *
     * @throws org.emplaw.core.rules.MissingFactException when the pay period does not give its workweek start
     */
    public static List<Workweek> split(PayPeriod p, List<WorkDay> sorted, String subject) {
        DayOfWeek first = RuleFacts.require(p.workweekStart(), subject, "workweek_start");
        List<Workweek> out = new ArrayList<>();
        LocalDate weekStart = p.start().with(TemporalAdjusters.previousOrSame(first));
        int i = 0;
        while (!weekStart.isAfter(p.end())) {
            LocalDate from = weekStart.isBefore(p.start()) ? p.start() : weekStart;
            LocalDate last = weekStart.plusDays(DAYS - 1L);
            LocalDate to = last.isAfter(p.end()) ? p.end() : last;
            int firstDay = i;
            while (i < sorted.size() && !sorted.get(i).date().isAfter(to)) {
                i++;
            }
            out.add(new Workweek(weekStart, from, to, sorted.subList(firstDay, i)));
            weekStart = weekStart.plusDays(DAYS);
        }
        return out;
    }

    /** Workdays in date order, as an unmodifiable list (the list itself when it is already in order). */
    public static List<WorkDay> inDateOrder(List<WorkDay> days) {
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).date().isBefore(days.get(i - 1).date())) {
                List<WorkDay> sorted = new ArrayList<>(days);
                sorted.sort(Comparator.comparing(WorkDay::date));
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(days);
    }
}
