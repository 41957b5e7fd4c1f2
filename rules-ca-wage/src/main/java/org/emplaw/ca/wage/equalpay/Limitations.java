package org.emplaw.ca.wage.equalpay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * The limitation period of a California Equal Pay Act action, by the filing date: before 2026, two years after
 * the cause of action occurs, three if willful (Lab. Code 1197.5, pre-2026 subdivision (i)); for actions filed
 * from 2026-01-01, three years regardless of willfulness, with relief for the whole period of the violation
 * up to six years (SB 642). Each pay period is a cause of action that occurs when its wages are due (its last day).
 */
public final class Limitations {
    public static final String ID = "ca.wage.equal-pay.limitations";

    private Limitations() {
    }

    /**
     * The window of recoverable periods: a period counts if it ends on or after {@code from} and on or before the
     * filing date.
     */
    public record Window(LocalDate filed, LocalDate from, int years, String rule, List<ParameterUse> uses, List<String> choices,
                         String citation) {
        public boolean contains(LocalDate periodEnd) {
            return !periodEnd.isBefore(from) && !periodEnd.isAfter(filed);
        }

        public String describe() {
            return from + ".." + filed + " (" + rule + ")";
        }
    }

    public static Window window(EqualPayClaim c, LawBook law, LocalDate asOf) {
        LocalDate filed = c.filedOn() == null ? asOf : c.filedOn();
        List<String> choices = new ArrayList<>();
        if (c.filedOn() == null) {
            choices.add("no filing date given: the limitation period is measured back from the as-of date " + asOf);
        }
        List<ParameterUse> uses = new ArrayList<>();
        ParameterValue sol;
        try {
            sol = law.value("ca_epa_sol_years", null, filed);
        } catch (org.emplaw.core.law.MissingLawException m) {
            if (m.reason() != org.emplaw.core.law.MissingLawException.Reason.QUALIFIER_REQUIRED) {
                throw m;
            }
            if (c.willful() == null) {
                throw new MissingFactException(c.subject(), List.of("willful"));
            }
            sol = law.value("ca_epa_sol_years", c.willful() ? "willful" : "non_willful", filed);
        }
        uses.addAll(sol.uses());
        int years = sol.decimal().intValueExact();
        if (law.defines("ca_epa_max_recovery_years") && !filed.isBefore(law.tables().get("ca_epa_max_recovery_years").firstDate())) {
            ParameterValue max = law.value("ca_epa_max_recovery_years", null, filed);
            uses.addAll(max.uses());
            int back = max.decimal().intValueExact();
            return new Window(filed, filed.minusYears(back), years, "filed within " + years + " years of the last violation; relief for up to "
                    + back + " years", uses, choices, "SB 642 (Stats. 2025), Lab. Code 1197.5");
        }
        return new Window(filed, filed.minusYears(years), years, years + " years before filing" + (c.willful() != null && c.willful() ? " (willful)" : ""),
                uses, choices, "Lab. Code 1197.5(i) (pre-2026)");
    }

    /** Whether the action is timely (the last period ends within the limitation years) and which window of periods it reaches. */
    public static Finding evaluate(EqualPayClaim c, LawBook law, LocalDate asOf) {
        Window w = window(c, law, asOf);
        LocalDate last = c.periods().stream().map(EqualPayClaim.Period::to).max(LocalDate::compareTo).orElseThrow();
        boolean timely = !last.isBefore(w.filed().minusYears(w.years())) && !last.isAfter(w.filed());
        long inside = c.periods().stream().filter(p -> w.contains(p.to())).count();
        Finding.Builder b = Finding.of("The equal pay action is within the limitation period", c.subject()).citation(w.citation())
                .parameters(w.uses()).fact("filed_on", w.filed()).fact("willful", c.willful()).fact("last_period_end", last)
                .fact("recoverable_from", w.from()).fact("periods_recoverable", inside + " of " + c.periods().size());
        w.choices().forEach(b::choice);
        return b.outcome(timely ? Outcome.MET : Outcome.NOT_MET)
                .reason((timely ? "timely: " : "untimely: ") + "last violation " + last + ", filed " + w.filed() + "; " + w.rule()
                        + "; periods ending " + w.from() + " or later are recoverable (" + inside + " of " + c.periods().size() + ")")
                .build();
    }
}
