package org.emplaw.ca.wage.pay.breaks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.core.facts.MealPeriod;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.DayLaw;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

import static org.emplaw.ca.wage.pay.Figures.n;
import static org.emplaw.ca.wage.pay.Figures.x;

/**
 * Meal periods (Lab. Code 512(a); Wage Order 4 section 11): more than 5 hours of work in a day requires a meal period of
 * at least 30 minutes, relieved of all duty, beginning no later than the end of the fifth hour (Brinker); it may be
 * waived by mutual consent when the day is no more than 6 hours. More than 10 hours requires a second, beginning no
 * later than the end of the tenth hour; it may be waived when the day is no more than 12 hours and the first was not
 * waived. One finding per workday without a compliant meal period (it owes the premium of Lab. Code 226.7(c)), and one
 * MET finding per workweek for the workdays whose required meal periods were provided ({@link BreakPremium}).
 */
public final class MealPeriods {
    public static final String QUESTION = "Was every meal period the workday required provided (Lab. Code 512(a))?";
    private static final Comparator<MealPeriod> BY_START = Comparator.comparing(MealPeriod::startedAfterHours);

    private MealPeriods() {
    }

    public static List<Finding> evaluate(PayPeriodAnalysis a, LawBook law) {
        return BreakPremium.evaluate(a, law, QUESTION, PayKind.MEAL_PREMIUM, "meal", MealPeriods::decide);
    }

    /**
     * The figures of law for one workday of more than the first meal's threshold, in the order they are looked up and
     * listed in the finding ({@code used}); looked up as a group, once per day ({@link DayLaw}).
     */
    private record MealLaw(ParameterValue firstAfter, ParameterValue firstWaivable, ParameterValue secondAfter,
                           ParameterValue secondWaivable, ParameterValue minutes, ParameterValue firstLatest,
                           ParameterValue secondLatest, List<ParameterValue> used) {

        static final DayLaw<MealLaw> ON_DAY = MealLaw::lookUp;

        private static MealLaw lookUp(LawBook law, LocalDate date) {
            ParameterValue firstAfter = law.value("ca_meal_first_required_after_hours", null, date);
            ParameterValue firstWaivable = law.value("ca_meal_first_waivable_if_total_at_most", null, date);
            ParameterValue secondAfter = law.value("ca_meal_second_required_after_hours", null, date);
            ParameterValue secondWaivable = law.value("ca_meal_second_waivable_if_total_at_most", null, date);
            ParameterValue minutes = law.value("ca_meal_period_minutes", null, date);
            ParameterValue firstLatest = law.value("ca_meal_first_latest_start_hours", null, date);
            ParameterValue secondLatest = law.value("ca_meal_second_latest_start_hours", null, date);
            return new MealLaw(firstAfter, firstWaivable, secondAfter, secondWaivable, minutes, firstLatest, secondLatest,
                    List.of(firstAfter, firstWaivable, secondAfter, secondWaivable, minutes, firstLatest, secondLatest));
        }

        int minimumMinutes() {
            return minutes.decimal().intValue();
        }
    }

    /**
     * What was decided for a workday that required a meal period, kept to write the reason when it is read: which
     * meals counted as the first and second ({@code null}: none), and whether each waiver held.
     */
    private record MealDay(WorkDay day, MealLaw law, boolean firstWaivedValidly, MealPeriod first,
                           boolean secondRequired, boolean secondWaivedValidly, MealPeriod second) {

        String reason() {
            BigDecimal h = day.hoursWorked();
            StringBuilder reason = new StringBuilder();
            reason.append(n(h)).append(" h worked, more than ").append(x(law.firstAfter().decimal()))
                    .append(" h: a first meal period is required");
            if (firstWaivedValidly) {
                reason.append("; waived by mutual consent (the day is no more than ")
                        .append(x(law.firstWaivable().decimal())).append(" h)");
            } else {
                if (day.firstMealWaived()) {
                    reason.append("; a waiver is void for a day of more than ").append(x(law.firstWaivable().decimal()))
                            .append(" h");
                }
                if (first == null) {
                    reason.append("; no meal period of at least ").append(x(law.minutes().decimal()))
                            .append(" minutes free of all duty began by the end of hour ")
                            .append(x(law.firstLatest().decimal()));
                } else {
                    reason.append("; provided after ").append(n(first.startedAfterHours())).append(" h (")
                            .append(first.minutes()).append(" min)");
                }
            }
            if (secondRequired) {
                reason.append("; more than ").append(x(law.secondAfter().decimal()))
                        .append(" h: a second meal period is required");
                if (secondWaivedValidly) {
                    reason.append("; waived by mutual consent (no more than ").append(x(law.secondWaivable().decimal()))
                            .append(" h and the first not waived)");
                } else {
                    if (day.secondMealWaived()) {
                        reason.append("; the waiver is void (more than ").append(x(law.secondWaivable().decimal()))
                                .append(" h, or the first meal was also waived)");
                    }
                    if (second == null) {
                        reason.append("; no second compliant meal period began by the end of hour ")
                                .append(x(law.secondLatest().decimal()));
                    } else {
                        reason.append("; second provided after ").append(n(second.startedAfterHours())).append(" h");
                    }
                }
            }
            List<String> notes = notes();
            if (!notes.isEmpty()) {
                reason.append(" (").append(String.join("; ", notes)).append(")");
            }
            return reason.toString();
        }

        /** Why each meal taken that does not count did not count, in the order taken. */
        private List<String> notes() {
            List<String> notes = new ArrayList<>();
            for (MealPeriod m : day.meals()) {
                if (m.minutes() < law.minimumMinutes()) {
                    notes.add("a " + m.minutes() + "-minute meal is shorter than " + x(law.minutes().decimal()) + " minutes");
                } else if (!m.relievedOfAllDuty()) {
                    notes.add("a meal after " + n(m.startedAfterHours()) + " h was not free of all duty");
                }
            }
            return notes;
        }
    }

    /** Decides one workday. Cited: Lab. Code 512(a); Brinker (2012) 53 Cal.4th 1004. */
    static BreakPremium.DayDecision decide(WorkDay d, LawBook law) {
        var date = d.date();
        ParameterValue firstAfter = law.value("ca_meal_first_required_after_hours", null, date);
        BigDecimal h = d.hoursWorked();
        if (h.compareTo(firstAfter.decimal()) <= 0) {
            return new BreakPremium.DayDecision(d, false, true, () -> "", List.of(firstAfter), List.of());
        }
        MealLaw ml = law.onDay(MealLaw.ON_DAY, date);
        List<MealPeriod> compliant = compliantMeals(d, ml.minimumMinutes());
        boolean ok = true;
        MealPeriod first = null;
        boolean firstWaivedValidly = d.firstMealWaived() && h.compareTo(ml.firstWaivable().decimal()) <= 0;
        if (!firstWaivedValidly) {
            for (MealPeriod m : compliant) {
                if (m.startedAfterHours().compareTo(ml.firstLatest().decimal()) <= 0) {
                    first = m;
                    break;
                }
            }
            if (first == null) {
                ok = false;
            }
        }
        boolean secondRequired = h.compareTo(ml.secondAfter().decimal()) > 0;
        boolean secondWaivedValidly = false;
        MealPeriod second = null;
        if (secondRequired) {
            secondWaivedValidly = d.secondMealWaived() && h.compareTo(ml.secondWaivable().decimal()) <= 0
                    && !d.firstMealWaived();
            if (!secondWaivedValidly) {
                for (MealPeriod m : compliant) {
                    if (m != first && m.startedAfterHours().compareTo(ml.secondLatest().decimal()) <= 0) {
                        second = m;
                        if (first != null && m.startedAfterHours().compareTo(first.startedAfterHours()) > 0) {
                            break;
                        }
                    }
                }
                if (second == null) {
                    ok = false;
                }
            }
        }
        MealDay decided = new MealDay(d, ml, firstWaivedValidly, first, secondRequired, secondWaivedValidly, second);
        return new BreakPremium.DayDecision(d, true, ok, decided::reason, ml.used(), List.of());
    }

    /** The meals long enough and free of all duty, by the hour they began (stable: equal starts keep their order). */
    private static List<MealPeriod> compliantMeals(WorkDay d, int minimumMinutes) {
        List<MealPeriod> compliant = new ArrayList<>(d.meals().size());
        for (MealPeriod m : d.meals()) {
            if (m.minutes() >= minimumMinutes && m.relievedOfAllDuty()) {
                compliant.add(m);
            }
        }
        if (compliant.size() > 1) {
            compliant.sort(BY_START);
        }
        return compliant;
    }
}
