package org.emplaw.ca.wage.pay.overtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.pay.Workweek;
import org.emplaw.core.facts.WorkDay;

import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * Lab. Code 510(a): the hours of one workweek split into straight time, time and a half, and double time.
 * <ul>
 * <li>a workday: hours beyond 8 up to 12 at 1.5x, beyond 12 at 2x;</li>
 * <li>the workweek: straight-time hours beyond 40 at 1.5x, counting only hours not already daily overtime (no
 * pyramiding: "nothing in this section requires an employer to combine more than one rate of overtime");</li>
 * <li>the seventh consecutive day of work in the workweek (all seven days worked, Mendoza v. Nordstrom (2017)
 * 2 Cal.5th 1074): the first 8 hours at 1.5x, beyond 8 at 2x.</li>
 * </ul>
 * All thresholds come from {@link OvertimeLaw}.
 *
 * @param straight   straight-time hours
 * @param overtime   hours at one and one-half times the regular rate
 * @param doubleTime hours at twice the regular rate
 * @param days       the split of each day, in date order
 * @param seventhDayApplied whether the seventh-day rule applied to the last day
 */
public record OvertimeHours(BigDecimal straight, BigDecimal overtime, BigDecimal doubleTime, List<Day> days,
                            boolean seventhDayApplied) {

    /** One workday's split; {@code weekly} is the part of {@code overtime} that is weekly (beyond 40) overtime. */
    public record Day(WorkDay day, BigDecimal straight, BigDecimal overtime, BigDecimal doubleTime, BigDecimal weekly,
                      boolean seventhDay) {
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(day.date()).append(' ').append(n(day.hoursWorked())).append(" h");
            if (seventhDay) {
                sb.append(" (seventh consecutive day)");
            }
            sb.append(": ").append(n(straight)).append(" straight");
            if (overtime.signum() > 0) {
                sb.append(", ").append(n(overtime)).append(" at time and a half");
                if (weekly.signum() > 0) {
                    sb.append(" (").append(n(weekly)).append(" beyond the weekly limit)");
                }
            }
            if (doubleTime.signum() > 0) {
                sb.append(", ").append(n(doubleTime)).append(" at double time");
            }
            return sb.toString();
        }
    }

    public BigDecimal total() {
        return straight.add(overtime).add(doubleTime);
    }

    /** Classifies the hours of a workweek (days in date order). Cited: Lab. Code 510(a). */
    public static OvertimeHours of(Workweek week, OvertimeLaw law) {
        BigDecimal daily = law.daily();
        BigDecimal dailyDouble = law.dailyDouble();
        BigDecimal weekly = law.weekly();
        // the seventh-day rule needs every day of the workweek worked; a partial week cannot show that
        boolean seventh = !week.partial() && week.daysWorked() >= law.seventhDay();
        List<Day> out = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal st = BigDecimal.ZERO;
        BigDecimal ot = BigDecimal.ZERO;
        BigDecimal dt = BigDecimal.ZERO;
        List<WorkDay> days = week.days();
        for (int i = 0; i < days.size(); i++) {
            WorkDay d = days.get(i);
            BigDecimal h = d.hoursWorked();
            boolean isSeventh = seventh && i == days.size() - 1;
            BigDecimal s;
            BigDecimal o;
            BigDecimal t;
            BigDecimal w = BigDecimal.ZERO;
            if (isSeventh) {
                s = BigDecimal.ZERO;
                o = h.min(law.seventhDayDouble());
                t = h.subtract(o);
            } else {
                s = h.min(daily);
                o = h.subtract(daily).max(BigDecimal.ZERO).min(dailyDouble.subtract(daily));
                t = h.subtract(dailyDouble).max(BigDecimal.ZERO);
                BigDecimal room = weekly.subtract(cumulative).max(BigDecimal.ZERO);
                if (s.compareTo(room) > 0) {
                    w = s.subtract(room);
                    s = room;
                    o = o.add(w);
                }
                cumulative = cumulative.add(s);
            }
            st = st.add(s);
            ot = ot.add(o);
            dt = dt.add(t);
            out.add(new Day(d, s, o, t, w, isSeventh));
        }
        return new OvertimeHours(st, ot, dt, out, seventh);
    }

    /** The day-by-day split, for the explanation. */
    public String describe(OvertimeLaw law) {
        List<String> parts = new ArrayList<>();
        for (Day d : days) {
            parts.add(d.describe());
        }
        return String.join("; ", parts) + " (daily overtime beyond " + x(law.daily()) + " h, double time beyond "
                + x(law.dailyDouble()) + " h, weekly overtime beyond " + x(law.weekly()) + " straight-time h"
                + (seventhDayApplied ? ", seventh consecutive day: first " + x(law.seventhDayDouble())
                + " h at time and a half, beyond at double time" : "") + ")";
    }
}
