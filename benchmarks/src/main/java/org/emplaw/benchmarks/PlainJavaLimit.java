package org.emplaw.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.MealPeriod;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.SalaryPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.law.DatedValue;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.Parameter;

/**
 * The plain-Java limit: the minimum-wage, overtime (with the regular rate) and meal and rest premium arithmetic of the
 * California module, written again from the law for the benchmark only, without rules, findings or explanations. It reads
 * the same parameter tables (resolved once per date into arrays, as a hand-written payroll checker would cache them), and
 * computes, per pay period, the amounts the module reports as {@code owed}: the minimum-wage shortfall (Lab. Code 1182.12,
 * 1197; the hour-by-hour check of Armenta v. Osmose for hourly pay), the overtime underpayment of each workweek (Lab. Code
 * 510(a), 515(d); Alvarado), and one hour at the regular rate for each workday without a compliant meal or rest period
 * (Lab. Code 512(a), 226.7; Wage Order 4 sections 11, 12).
 *
 * <p>Exemptions are reduced to their arithmetic prongs (the salary floor of Lab. Code 515(a), the computer professional
 * rate of Lab. Code 515.5): the generated company's duties prongs are all met, so on those records this is the
 * module's decision too; {@code PlainJavaLimitTest} checks that the amounts are identical on every record.
 *
 * <p>Thread-safe.
 */
public final class PlainJavaLimit {
    private static final MathContext DIV = MathContext.DECIMAL64;
    private static final LocalDate BASE = LocalDate.of(2016, 1, 1);
    private static final int SPAN = 366 * 16;

    /** Amounts owed for one pay period, in the module's order (workweeks and workdays in date order). */
    public record Owed(BigDecimal minimumWage, List<BigDecimal> overtimeByWeek, List<LocalDate> weekStarts,
                       Map<LocalDate, BigDecimal> mealByDay, Map<LocalDate, BigDecimal> restByDay, int counted) {
    }

    /** The figures of law in force on one date. */
    private record DayLaw(BigDecimal federal, BigDecimal state, BigDecimal otDaily, BigDecimal otDailyDouble,
                          BigDecimal otWeekly, int seventhDays, BigDecimal seventhDouble, BigDecimal m15, BigDecimal m2,
                          BigDecimal salaryDivisor, BigDecimal weeksPerYear, BigDecimal premiumHours,
                          BigDecimal mealFirstAfter, BigDecimal mealFirstWaivable, BigDecimal mealSecondAfter,
                          BigDecimal mealSecondWaivable, int mealMinutes, BigDecimal mealFirstLatest,
                          BigDecimal mealSecondLatest, BigDecimal restNotBelow, BigDecimal restBlock,
                          BigDecimal restMajorShare, BigDecimal exemptSalaryAnnual, BigDecimal computerHourly) {
    }

    private final LawBook law;
    private final DayLaw[] days = new DayLaw[SPAN];
    private final Map<String, BigDecimal[]> local = new ConcurrentHashMap<>();
    private final Set<String> localities = new HashSet<>();
    private final Map<SalaryPeriod, BigDecimal> perYear = new ConcurrentHashMap<>();

    public PlainJavaLimit(LawBook law) {
        this.law = law;
        Parameter p = law.tables().get("local_min_wage_hourly");
        if (p != null) {
            for (DatedValue v : p.values()) {
                localities.add(v.qualifier());
            }
        }
    }

    private BigDecimal v(String name, String qualifier, LocalDate d) {
        return law.value(name, qualifier, d).decimal();
    }

    private BigDecimal tiered(String name, Employee e, LocalDate d) {
        try {
            return v(name, null, d);
        } catch (MissingLawException m) {
            int min = v("ca_min_wage_large_employer_min_headcount", null, d).intValueExact();
            return v(name, e.employerHeadcount() >= min ? "employers_26_plus" : "employers_25_or_fewer", d);
        }
    }

    private DayLaw on(LocalDate d, Employee e) {
        int i = (int) (d.toEpochDay() - BASE.toEpochDay());
        DayLaw l = days[i];
        if (l == null) {
            l = new DayLaw(v("us_min_wage_hourly", null, d), tiered("ca_min_wage_hourly", e, d),
                    v("ca_ot_daily_1_5x_after_hours", null, d), v("ca_ot_daily_2x_after_hours", null, d),
                    v("ca_ot_weekly_1_5x_after_hours", null, d), v("ca_ot_seventh_day_consecutive_days", null, d).intValueExact(),
                    v("ca_ot_seventh_day_2x_after_hours", null, d), v("ca_ot_multiplier_time_and_a_half", null, d),
                    v("ca_ot_multiplier_double_time", null, d), v("ca_nonexempt_salaried_regular_rate_divisor", null, d),
                    v("ca_salary_weeks_per_year", null, d), v("ca_break_premium_hours", null, d),
                    v("ca_meal_first_required_after_hours", null, d), v("ca_meal_first_waivable_if_total_at_most", null, d),
                    v("ca_meal_second_required_after_hours", null, d), v("ca_meal_second_waivable_if_total_at_most", null, d),
                    v("ca_meal_period_minutes", null, d).intValue(), v("ca_meal_first_latest_start_hours", null, d),
                    v("ca_meal_second_latest_start_hours", null, d), v("ca_rest_not_required_below_hours", null, d),
                    v("ca_rest_work_hours_per_period", null, d), v("ca_rest_major_fraction_share", null, d),
                    tiered("ca_exempt_salary_annual", e, d), v("ca_computer_prof_min_hourly", null, d));
            days[i] = l;
        }
        return l;
    }

    private BigDecimal local(String q, LocalDate d) {
        BigDecimal[] a = local.computeIfAbsent(q, k -> new BigDecimal[SPAN]);
        int i = (int) (d.toEpochDay() - BASE.toEpochDay());
        BigDecimal r = a[i];
        if (r == null) {
            r = v("local_min_wage_hourly", q, d);
            a[i] = r;
        }
        return r;
    }

    private String locality(Employee e, WorkDay d) {
        String city = d.city() != null ? d.city() : e.workLocation().city();
        String q;
        if (city == null) {
            q = "los_angeles".equals(e.workLocation().county()) ? "los_angeles_county_unincorporated" : null;
        } else {
            q = city.equals("los_angeles") ? "los_angeles_city" : city;
        }
        return q != null && localities.contains(q) ? q : null;
    }

    private BigDecimal minimumWage(Employee e, WorkDay d, DayLaw l) {
        BigDecimal m = l.federal().max(l.state());
        String q = locality(e, d);
        return q == null ? m : m.max(local(q, d.date()));
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** Evaluates every request on all cores; returns a checksum (the number of amounts computed) so nothing is elided. */
    public long parallel(List<EvaluationRequest> reqs) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService ex = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> fs = new ArrayList<>();
            int per = (reqs.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<EvaluationRequest> part = reqs.subList(Math.min(reqs.size(), t * per), Math.min(reqs.size(), (t + 1) * per));
                fs.add(ex.submit(() -> {
                    long n = 0;
                    for (EvaluationRequest r : part) {
                        n += evaluate(r).counted();
                    }
                    return n;
                }));
            }
            long n = 0;
            for (Future<Long> f : fs) {
                n += f.get();
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            ex.shutdown();
        }
    }

    /** The amounts owed for the pay period of one request (its Employee and PayPeriod facts). */
    public Owed evaluate(EvaluationRequest r) {
        Employee e = null;
        PayPeriod p = null;
        for (Object f : r.facts()) {
            if (f instanceof Employee x) {
                e = x;
            } else if (f instanceof PayPeriod x) {
                p = x;
            }
        }
        if (e == null || p == null) {
            throw new IllegalArgumentException(r.subject() + ": needs an employee and a pay period");
        }
        return evaluate(e, p);
    }

    public Owed evaluate(Employee e, PayPeriod p) {
        List<WorkDay> sorted = new ArrayList<>(p.days());
        sorted.sort(Comparator.comparing(WorkDay::date));
        DayLaw atStart = on(p.start(), e);
        DayLaw atEnd = on(p.end(), e);
        // exemptions, their arithmetic prongs only (Lab. Code 515(a) salary floor; 515.5 computer professional rate)
        boolean exempt = false;
        if (e.classification() == Classification.EXEMPT) {
            if (e.claims("computer_professional") && e.hourlyRate() != null) {
                exempt = e.hourlyRate().compareTo(atEnd.computerHourly()) >= 0;
            } else if ((e.claims("administrative") || e.claims("executive")) && e.salary() != null) {
                exempt = e.salary().multiply(periodsPerYear(e.salaryPeriod(), p.end())).compareTo(atEnd.exemptSalaryAnnual()) >= 0;
            }
        }
        int counted = 1;
        // minimum wage for the pay period
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal hourlyShort = BigDecimal.ZERO;
        boolean hourly = e.payBasis() == PayBasis.HOURLY && e.hourlyRate() != null;
        for (WorkDay d : sorted) {
            if (d.hoursWorked().signum() == 0) {
                continue;
            }
            BigDecimal min = minimumWage(e, d, on(d.date(), e));
            due = due.add(d.hoursWorked().multiply(min));
            if (hourly) {
                BigDecimal gap = min.subtract(e.hourlyRate());
                if (gap.signum() > 0) {
                    hourlyShort = hourlyShort.add(d.hoursWorked().multiply(gap));
                }
            }
        }
        BigDecimal credited = BigDecimal.ZERO;
        for (PayItem i : p.pay()) {
            switch (i.kind()) {
                case STRAIGHT_TIME, SALARY, COMMISSION, PIECE, SHIFT_PREMIUM, BONUS_PRODUCTION, BONUS_FLAT_SUM ->
                        credited = credited.add(i.amount());
                case OVERTIME -> credited = credited.add(i.amount().divide(atStart.m15(), DIV));
                case DOUBLE_TIME -> credited = credited.add(i.amount().divide(atStart.m2(), DIV));
                default -> {
                }
            }
        }
        BigDecimal mw = cents(due.subtract(credited).max(BigDecimal.ZERO).max(hourlyShort));
        List<BigDecimal> otByWeek = new ArrayList<>();
        List<LocalDate> weekStarts = new ArrayList<>();
        Map<LocalDate, BigDecimal> meal = new LinkedHashMap<>();
        Map<LocalDate, BigDecimal> rest = new LinkedHashMap<>();
        if (exempt) {
            return new Owed(mw, otByWeek, weekStarts, meal, rest, counted);
        }
        // workweeks (Lab. Code 500(b)) and their hours by rate (Lab. Code 510(a))
        LocalDate ws = p.start().with(TemporalAdjusters.previousOrSame(p.workweekStart()));
        int di = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal straightAll = BigDecimal.ZERO;
        List<BigDecimal[]> weekHours = new ArrayList<>();
        List<DayLaw> weekLaw = new ArrayList<>();
        while (!ws.isAfter(p.end())) {
            LocalDate from = ws.isBefore(p.start()) ? p.start() : ws;
            LocalDate last = ws.plusDays(6);
            LocalDate to = last.isAfter(p.end()) ? p.end() : last;
            boolean partial = !from.equals(ws) || !to.equals(last);
            int first = di;
            while (di < sorted.size() && !sorted.get(di).date().isAfter(to)) {
                di++;
            }
            DayLaw l = on(from, e);
            int worked = 0;
            for (int k = first; k < di; k++) {
                worked += sorted.get(k).hoursWorked().signum() > 0 ? 1 : 0;
            }
            boolean seventh = !partial && worked >= l.seventhDays();
            BigDecimal st = BigDecimal.ZERO;
            BigDecimal ot = BigDecimal.ZERO;
            BigDecimal dt = BigDecimal.ZERO;
            BigDecimal cum = BigDecimal.ZERO;
            for (int k = first; k < di; k++) {
                BigDecimal h = sorted.get(k).hoursWorked();
                if (seventh && k == di - 1) {
                    BigDecimal o = h.min(l.seventhDouble());
                    ot = ot.add(o);
                    dt = dt.add(h.subtract(o));
                } else {
                    BigDecimal s = h.min(l.otDaily());
                    BigDecimal o = h.subtract(l.otDaily()).max(BigDecimal.ZERO).min(l.otDailyDouble().subtract(l.otDaily()));
                    BigDecimal t = h.subtract(l.otDailyDouble()).max(BigDecimal.ZERO);
                    BigDecimal room = l.otWeekly().subtract(cum).max(BigDecimal.ZERO);
                    if (s.compareTo(room) > 0) {
                        o = o.add(s.subtract(room));
                        s = room;
                    }
                    cum = cum.add(s);
                    st = st.add(s);
                    ot = ot.add(o);
                    dt = dt.add(t);
                }
            }
            weekHours.add(new BigDecimal[] {st, ot, dt});
            weekLaw.add(l);
            weekStarts.add(ws);
            total = total.add(st).add(ot).add(dt);
            straightAll = straightAll.add(st);
            ws = ws.plusDays(7);
        }
        // the regular rate (Lab. Code 510(a), 515(d); Alvarado): base + spread + flat sum
        BigDecimal[] rate = regularRate(e, p, total, straightAll, atStart);
        BigDecimal full = rate[0].add(rate[2]);
        BigDecimal spread = rate[1];
        List<BigDecimal> owedWeeks = new ArrayList<>();
        BigDecimal owedSum = BigDecimal.ZERO;
        for (int w = 0; w < weekHours.size(); w++) {
            BigDecimal[] h = weekHours.get(w);
            DayLaw l = weekLaw.get(w);
            BigDecimal o = cents(h[1].multiply(l.m15()).multiply(full).add(h[2].multiply(l.m2()).multiply(full))
                    .add(h[1].multiply(l.m15().subtract(BigDecimal.ONE)).multiply(spread))
                    .add(h[2].multiply(l.m2().subtract(BigDecimal.ONE)).multiply(spread)));
            owedWeeks.add(o);
            owedSum = owedSum.add(o);
        }
        // overtime paid, attributed in proportion to the overtime owed in each week
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal mealPaid = BigDecimal.ZERO;
        BigDecimal restPaid = BigDecimal.ZERO;
        for (PayItem i : p.pay()) {
            if (i.kind() == PayKind.OVERTIME || i.kind() == PayKind.DOUBLE_TIME) {
                paid = paid.add(i.amount());
            } else if (i.kind() == PayKind.MEAL_PREMIUM) {
                mealPaid = mealPaid.add(i.amount());
            } else if (i.kind() == PayKind.REST_PREMIUM) {
                restPaid = restPaid.add(i.amount());
            }
        }
        // straight-time pay beyond the straight-time hours' wages paid overtime hours at the straight rate
        boolean hourlyBasis = e.payBasis() == PayBasis.HOURLY || (e.payBasis() == null && e.hourlyRate() != null);
        if (hourlyBasis && rate[0].signum() > 0) {
            BigDecimal straightPaid = BigDecimal.ZERO;
            for (PayItem i : p.pay()) {
                if (i.kind() == PayKind.STRAIGHT_TIME) {
                    straightPaid = straightPaid.add(i.amount());
                }
            }
            paid = paid.add(cents(straightPaid.subtract(straightAll.multiply(rate[0])).max(BigDecimal.ZERO)));
        }
        BigDecimal left = paid;
        for (int w = 0; w < owedWeeks.size(); w++) {
            BigDecimal share;
            if (owedSum.signum() == 0) {
                share = w == 0 ? paid : BigDecimal.ZERO;
            } else if (w == owedWeeks.size() - 1) {
                share = left;
            } else {
                share = cents(paid.multiply(owedWeeks.get(w)).divide(owedSum, DIV));
            }
            left = left.subtract(share);
            otByWeek.add(owedWeeks.get(w).subtract(share).max(BigDecimal.ZERO));
            counted++;
        }
        // meal and rest periods: one hour at the regular rate for each day without a compliant one (Lab. Code 226.7(c))
        BigDecimal regular = rate[0].add(rate[1]).add(rate[2]);
        for (WorkDay d : sorted) {
            DayLaw l = on(d.date(), e);
            BigDecimal h = d.hoursWorked();
            BigDecimal premium = null;
            if (h.compareTo(l.mealFirstAfter()) > 0 && !mealProvided(d, l)) {
                premium = cents(l.premiumHours().multiply(regular));
                BigDecimal pd = mealPaid.min(premium);
                mealPaid = mealPaid.subtract(pd);
                meal.put(d.date(), premium.subtract(pd));
                counted++;
            }
            int req = restRequired(h, l);
            if (req > 0 && d.restBreaksTaken() != null && d.restBreaksTaken() < req) {
                premium = premium != null ? premium : cents(l.premiumHours().multiply(regular));
                BigDecimal pd = restPaid.min(premium);
                restPaid = restPaid.subtract(pd);
                rest.put(d.date(), premium.subtract(pd));
                counted++;
            }
        }
        return new Owed(mw, otByWeek, weekStarts, meal, rest, counted);
    }

    private BigDecimal periodsPerYear(SalaryPeriod sp, LocalDate d) {
        return perYear.computeIfAbsent(sp, k -> v("ca_salary_periods_per_year", k.name().toLowerCase(Locale.ROOT), d));
    }

    /** {base, spread, flat sum} in USD per hour. */
    private BigDecimal[] regularRate(Employee e, PayPeriod p, BigDecimal total, BigDecimal straight, DayLaw l) {
        PayBasis basis = e.payBasis() != null ? e.payBasis()
                : e.hourlyRate() != null ? PayBasis.HOURLY : PayBasis.SALARY;
        BigDecimal base;
        boolean straightSpreads = false;
        switch (basis) {
            case SALARY -> {
                BigDecimal weekly = e.salaryPeriod() == SalaryPeriod.WEEKLY ? e.salary()
                        : e.salary().multiply(periodsPerYear(e.salaryPeriod(), p.start())).divide(l.weeksPerYear(), DIV);
                base = weekly.divide(l.salaryDivisor(), DIV);
            }
            case HOURLY -> {
                BigDecimal amount = BigDecimal.ZERO;
                BigDecimal hours = BigDecimal.ZERO;
                BigDecimal oneRate = null;
                boolean several = false;
                boolean any = false;
                for (PayItem i : p.pay()) {
                    if (i.kind() == PayKind.STRAIGHT_TIME && i.hours() != null && i.hours().signum() > 0) {
                        any = true;
                        amount = amount.add(i.amount());
                        hours = hours.add(i.hours());
                        if (i.rate() != null) {
                            if (oneRate != null && oneRate.compareTo(i.rate()) != 0) {
                                several = true;
                            }
                            oneRate = oneRate == null ? i.rate() : oneRate;
                        }
                    }
                }
                base = several || (e.hourlyRate() == null && any) ? amount.divide(hours, DIV) : e.hourlyRate();
            }
            default -> {
                base = e.hourlyRate() == null ? BigDecimal.ZERO : e.hourlyRate();
                straightSpreads = e.hourlyRate() == null;
            }
        }
        BigDecimal spreadPay = BigDecimal.ZERO;
        BigDecimal flatPay = BigDecimal.ZERO;
        for (PayItem i : p.pay()) {
            switch (i.kind()) {
                case COMMISSION, PIECE, BONUS_PRODUCTION, SHIFT_PREMIUM -> spreadPay = spreadPay.add(i.amount());
                case STRAIGHT_TIME -> spreadPay = straightSpreads ? spreadPay.add(i.amount()) : spreadPay;
                case BONUS_FLAT_SUM -> flatPay = flatPay.add(i.amount());
                default -> {
                }
            }
        }
        BigDecimal spread = spreadPay.signum() > 0 && total.signum() > 0 ? spreadPay.divide(total, DIV) : BigDecimal.ZERO;
        BigDecimal flat = BigDecimal.ZERO;
        if (flatPay.signum() > 0) {
            BigDecimal by = straight.signum() > 0 ? straight : total;
            flat = by.signum() > 0 ? flatPay.divide(by, DIV) : BigDecimal.ZERO;
        }
        return new BigDecimal[] {base, spread, flat};
    }

    /** Lab. Code 512(a) with Brinker's timing: a compliant first (and, beyond ten hours, second) meal period. */
    private static boolean mealProvided(WorkDay d, DayLaw l) {
        BigDecimal h = d.hoursWorked();
        MealPeriod first = null;
        boolean ok = true;
        List<MealPeriod> compliant = new ArrayList<>();
        for (MealPeriod m : d.meals()) {
            if (m.minutes() >= l.mealMinutes() && m.relievedOfAllDuty()) {
                compliant.add(m);
            }
        }
        compliant.sort(Comparator.comparing(MealPeriod::startedAfterHours));
        if (!(d.firstMealWaived() && h.compareTo(l.mealFirstWaivable()) <= 0)) {
            for (MealPeriod m : compliant) {
                if (m.startedAfterHours().compareTo(l.mealFirstLatest()) <= 0) {
                    first = m;
                    break;
                }
            }
            ok = first != null;
        }
        if (h.compareTo(l.mealSecondAfter()) > 0
                && !(d.secondMealWaived() && h.compareTo(l.mealSecondWaivable()) <= 0 && !d.firstMealWaived())) {
            MealPeriod second = null;
            for (MealPeriod m : compliant) {
                if (m != first && m.startedAfterHours().compareTo(l.mealSecondLatest()) <= 0) {
                    second = m;
                    if (first != null && m.startedAfterHours().compareTo(first.startedAfterHours()) > 0) {
                        break;
                    }
                }
            }
            ok &= second != null;
        }
        return ok;
    }

    /** Wage Order 4 section 12(A): one rest period per four hours or major fraction, none below three and a half hours. */
    private static int restRequired(BigDecimal h, DayLaw l) {
        if (h.compareTo(l.restNotBelow()) < 0) {
            return 0;
        }
        BigDecimal[] qr = h.divideAndRemainder(l.restBlock());
        int n = qr[0].intValue();
        if (qr[1].compareTo(l.restBlock().multiply(l.restMajorShare())) > 0) {
            n++;
        }
        return Math.max(n, 1);
    }

    static String weekSubject(Employee e, LocalDate start) {
        return e.subject() + " workweek " + start;
    }

    static String daySubject(Employee e, LocalDate d) {
        return e.subject() + " workday " + d;
    }
}
