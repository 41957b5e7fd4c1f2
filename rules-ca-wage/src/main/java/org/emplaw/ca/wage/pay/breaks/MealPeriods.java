package org.emplaw.ca.wage.pay.breaks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.emplaw.ca.wage.pay.PayPeriodAnalysis;
import org.emplaw.core.facts.MealPeriod;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Finding;
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

    private MealPeriods() {
    }

    public static List<Finding> evaluate(PayPeriodAnalysis a, LawBook law) {
        return BreakPremium.evaluate(a, law, QUESTION, PayKind.MEAL_PREMIUM, "meal", MealPeriods::decide);
    }

    /** Decides one workday. Cited: Lab. Code 512(a); Brinker (2012) 53 Cal.4th 1004. */
    static BreakPremium.DayDecision decide(WorkDay d, LawBook law) {
        var date = d.date();
        ParameterValue firstAfter = law.value("ca_meal_first_required_after_hours", null, date);
        BigDecimal h = d.hoursWorked();
        if (h.compareTo(firstAfter.decimal()) <= 0) {
            return new BreakPremium.DayDecision(d, false, true, "", List.of(firstAfter), List.of());
        }
        ParameterValue firstWaivable = law.value("ca_meal_first_waivable_if_total_at_most", null, date);
        ParameterValue secondAfter = law.value("ca_meal_second_required_after_hours", null, date);
        ParameterValue secondWaivable = law.value("ca_meal_second_waivable_if_total_at_most", null, date);
        ParameterValue minutes = law.value("ca_meal_period_minutes", null, date);
        ParameterValue firstLatest = law.value("ca_meal_first_latest_start_hours", null, date);
        ParameterValue secondLatest = law.value("ca_meal_second_latest_start_hours", null, date);
        List<ParameterValue> used = List.of(firstAfter, firstWaivable, secondAfter, secondWaivable, minutes, firstLatest,
                secondLatest);
        List<MealPeriod> compliant = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (MealPeriod m : d.meals()) {
            if (m.minutes() < minutes.decimal().intValue()) {
                notes.add("a " + m.minutes() + "-minute meal is shorter than " + x(minutes.decimal()) + " minutes");
            } else if (!m.relievedOfAllDuty()) {
                notes.add("a meal after " + n(m.startedAfterHours()) + " h was not free of all duty");
            } else {
                compliant.add(m);
            }
        }
        compliant.sort(Comparator.comparing(MealPeriod::startedAfterHours));
        StringBuilder reason = new StringBuilder();
        reason.append(n(h)).append(" h worked, more than ").append(x(firstAfter.decimal())).append(" h: a first meal period is required");
        boolean ok = true;
        MealPeriod first = null;
        boolean firstWaivedValidly = d.firstMealWaived() && h.compareTo(firstWaivable.decimal()) <= 0;
        if (firstWaivedValidly) {
            reason.append("; waived by mutual consent (the day is no more than ").append(x(firstWaivable.decimal())).append(" h)");
        } else {
            if (d.firstMealWaived()) {
                reason.append("; a waiver is void for a day of more than ").append(x(firstWaivable.decimal())).append(" h");
            }
            for (MealPeriod m : compliant) {
                if (m.startedAfterHours().compareTo(firstLatest.decimal()) <= 0) {
                    first = m;
                    break;
                }
            }
            if (first == null) {
                ok = false;
                reason.append("; no meal period of at least ").append(x(minutes.decimal()))
                        .append(" minutes free of all duty began by the end of hour ").append(x(firstLatest.decimal()));
            } else {
                reason.append("; provided after ").append(n(first.startedAfterHours())).append(" h (")
                        .append(first.minutes()).append(" min)");
            }
        }
        if (h.compareTo(secondAfter.decimal()) > 0) {
            reason.append("; more than ").append(x(secondAfter.decimal())).append(" h: a second meal period is required");
            boolean secondWaivedValidly = d.secondMealWaived() && h.compareTo(secondWaivable.decimal()) <= 0
                    && !d.firstMealWaived();
            if (secondWaivedValidly) {
                reason.append("; waived by mutual consent (no more than ").append(x(secondWaivable.decimal()))
                        .append(" h and the first not waived)");
            } else {
                if (d.secondMealWaived()) {
                    reason.append("; the waiver is void (more than ").append(x(secondWaivable.decimal()))
                            .append(" h, or the first meal was also waived)");
                }
                MealPeriod second = null;
                for (MealPeriod m : compliant) {
                    if (m != first && m.startedAfterHours().compareTo(secondLatest.decimal()) <= 0) {
                        second = m;
                        if (first != null && m.startedAfterHours().compareTo(first.startedAfterHours()) > 0) {
                            break;
                        }
                    }
                }
                if (second == null) {
                    ok = false;
                    reason.append("; no second compliant meal period began by the end of hour ").append(x(secondLatest.decimal()));
                } else {
                    reason.append("; second provided after ").append(n(second.startedAfterHours())).append(" h");
                }
            }
        }
        if (!notes.isEmpty()) {
            reason.append(" (").append(String.join("; ", notes)).append(")");
        }
        return new BreakPremium.DayDecision(d, true, ok, reason.toString(), used, List.of());
    }
}
