package org.emplaw.la.civilservice.seniority;

import java.math.BigDecimal;
import java.util.List;
import org.emplaw.core.facts.Absence;
import org.emplaw.core.facts.AbsenceKind;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.la.civilservice.Options;

/**
 * Civil Service Rule 7.8 as quoted in the Board's 2008 agenda: "In computing seniority, credit shall be given for all
 * continuous service. Layoff and displacement seniority shall be allowed for any absence from a position in the
 * classified civil service only in the following cases: ... (b) Absence without pay not exceeding seven calendar days"
 * and, by the amendment proposed in 2008, days of a short-term layoff or work furlough. The other cases of Rule 7.8
 * were not retrieved, so any other absence needs its credit stated.
 */
public final class AbsenceCredit {
    public static final String QUESTION = "The absence keeps layoff and displacement seniority";

    private AbsenceCredit() {
    }

    /** Days of the absence credited; throws when the law or the facts cannot say. */
    public static long creditedDays(Absence a, LawBook law, EvaluationContext ctx, Finding.Builder b) {
        long days = a.period().days();
        if (a.seniorityCredit() != null) {
            b.reason("credit stated with the absence: " + (a.seniorityCredit() ? "credited" : "not credited"));
            return a.seniorityCredit() ? days : 0;
        }
        switch (a.kind()) {
            case UNPAID -> {
                ParameterValue max = law.value("la_cs_unpaid_absence_credited_max_days", null, a.period().from());
                b.parameter(max);
                long cap = max.decimal().longValueExact();
                if (days <= cap) {
                    b.reason(days + " calendar days without pay, not exceeding " + cap + " (Rule 7.8(b)): credited");
                    return days;
                }
                String mode = Options.get(ctx, Options.LONG_UNPAID_ABSENCE, "whole_absence_denied", "excess_only_denied");
                b.choice(Options.choice(Options.LONG_UNPAID_ABSENCE, mode, mode.equals("whole_absence_denied")
                        ? "Rule 7.8(b) allows an absence 'not exceeding seven calendar days'; a longer one is not such a case (fact sheet A15)"
                        : "only the days beyond the seven are denied (fact sheet A15 alternative)"));
                long credited = mode.equals("whole_absence_denied") ? 0 : cap;
                b.reason(days + " calendar days without pay exceed " + cap + ": " + credited + " days credited");
                return credited;
            }
            case FURLOUGH, SHORT_TERM_LAYOFF -> {
                ParameterValue f = law.value("la_cs_furlough_days_credited", null, a.period().from());
                b.parameter(f);
                b.reason(days + " days of " + a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + (f.bool() ? ": credited (Rule 7.8(b) as amended)" : ": not credited"));
                return f.bool() ? days : 0;
            }
            default -> throw new MissingFactException("absence " + a.period().from(),
                    List.of("absences[" + a.period().from() + "].seniority_credit (Rule 7.8 cases other than (b) were not retrieved)"));
        }
    }

    public static Finding evaluate(String employee, Absence a, LawBook law, EvaluationContext ctx) {
        return org.emplaw.la.civilservice.Gaps.guard(QUESTION, employee + " " + a.label(), () -> decide(employee, a, law, ctx));
    }

    private static Finding decide(String employee, Absence a, LawBook law, EvaluationContext ctx) {
        Finding.Builder b = Finding.of(QUESTION, employee + " " + a.label());
        long credited = creditedDays(a, law, ctx, b);
        long days = a.period().days();
        return b.amount(new Amount("absence_days", BigDecimal.valueOf(days), "days", a.period().from() + " to " + a.period().to()))
                .amount(new Amount("credited_days", BigDecimal.valueOf(credited), "days", "days keeping layoff and displacement seniority"))
                .outcome(credited == days ? Outcome.MET : Outcome.NOT_MET).build();
    }

    static boolean known(Absence a) {
        return a.seniorityCredit() != null || a.kind() == AbsenceKind.UNPAID || a.kind() == AbsenceKind.FURLOUGH
                || a.kind() == AbsenceKind.SHORT_TERM_LAYOFF;
    }
}
