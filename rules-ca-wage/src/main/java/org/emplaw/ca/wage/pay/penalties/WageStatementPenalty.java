package org.emplaw.ca.wage.pay.penalties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

/**
 * Wage statement damages (Lab. Code 226(e)(1)): an employee suffering injury from a knowing and intentional failure to
 * furnish an itemized statement that complies with Lab. Code 226(a) recovers the greater of actual damages or $50 for
 * the initial pay period in which a violation occurs and $100 for each violation in a subsequent pay period, at most
 * $4,000 in all. The pay items of a pay period are read as the lines of its wage statement: an hourly line (straight
 * time, overtime, double time) without its rate or its hours does not show "all applicable hourly rates in effect
 * during the pay period and the corresponding number of hours worked at each hourly rate" (Lab. Code 226(a)(9)), and
 * an employee who cannot promptly determine that from the statement alone is deemed injured (Lab. Code 226(e)(2)(B)).
 * Whether the failure was knowing and intentional comes as option {@value #KNOWING}; without it the finding is
 * NEEDS_JUDGMENT with the damages that would be owed.
 */
public final class WageStatementPenalty {
    public static final String QUESTION = "Did the wage statements show every hourly rate and the hours at each rate, and what damages follow (Lab. Code 226(e))?";
    public static final String KNOWING = "ca.wage.wage-statement.knowing-and-intentional";
    /** The employee determination that decides whether a failure was knowing and intentional (Lab. Code 226(e)(1)). */
    public static final String KNOWING_QUESTION = "knowing_and_intentional_wage_statement_failure";
    private static final Set<PayKind> HOURLY = EnumSet.of(PayKind.STRAIGHT_TIME, PayKind.OVERTIME, PayKind.DOUBLE_TIME);

    private WageStatementPenalty() {
    }

    public static Finding evaluate(Employee e, List<PayPeriod> periods, LawBook law, EvaluationContext ctx) {
        String subject = e.subject() + " wage statements";
        return Figures.guarded(QUESTION, subject, () -> compute(e, periods, law, ctx, subject));
    }

    static Finding compute(Employee e, List<PayPeriod> periods, LawBook law, EvaluationContext ctx, String subject) {
        List<PayPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(PayPeriod::start));
        Finding.Builder b = Finding.of(QUESTION, subject);
        List<PayPeriod> deficient = new ArrayList<>();
        for (PayPeriod p : sorted) {
            if (omitsRateOrHours(p)) {
                deficient.add(p);
            }
        }
        int statements = sorted.size();
        b.fact("pay_periods", statements).citation("Lab. Code 226(a)(9)");
        b.choice("the pay items of a pay period are read as the lines of its itemized wage statement");
        if (deficient.isEmpty()) {
            return b.outcome(Outcome.MET).reason(() -> statements + " wage statement(s) show every hourly rate with its hours").build();
        }
        PayPeriod first = deficient.get(0);
        ParameterValue initial = law.value("ca_wage_statement_damages_initial", null, first.end());
        ParameterValue subsequent = law.value("ca_wage_statement_damages_subsequent", null, first.end());
        ParameterValue cap = law.value("ca_wage_statement_damages_cap", null, first.end());
        b.parameter(initial).parameter(subsequent).parameter(cap);
        int later = deficient.size() - 1;
        BigDecimal raw = initial.decimal().add(subsequent.decimal().multiply(BigDecimal.valueOf(later)));
        BigDecimal damages = raw.min(cap.decimal());
        b.amount(Amount.lazy("deficient_pay_periods", BigDecimal.valueOf(deficient.size()), "pay periods",
                () -> deficiencies(deficient)));
        if (statements == 1) {
            b.warning("the request holds one wage statement of the employee, counted as the initial pay period of violation; each "
                    + "later deficient statement earns " + Figures.x(subsequent.decimal()) + " USD: evaluate the employee's pay "
                    + "periods together, in one request, for the damages of several");
        }
        Supplier<String> owedText = () -> Figures.x(initial.decimal()) + " USD (initial pay period " + first.id() + ") + "
                + later + " x " + Figures.x(subsequent.decimal()) + " USD = " + Figures.x(raw) + " USD, capped at "
                + Figures.x(cap.decimal()) + " USD: " + Figures.x(damages) + " USD (statutory damages; actual damages, if greater, are not computed)";
        Supplier<String> reason = () -> deficient.size() + " wage statement(s) omit an hourly rate or its hours: "
                + deficiencies(deficient);
        org.emplaw.core.facts.Determination judged = e.determination(KNOWING_QUESTION);
        String knowing = judged != null ? String.valueOf(judged.holds()) : ctx.option(KNOWING, null);
        if (judged != null) {
            b.fact("knowing_and_intentional_determined_by", judged.by() + (judged.basis() == null ? "" : ": " + judged.basis()));
        }
        if (knowing != null && !Boolean.parseBoolean(knowing)) {
            return b.outcome(Outcome.NOT_MET).reason(() -> reason.get() + "; the failure was not knowing and intentional: no damages")
                    .amount(Amount.usd("owed", BigDecimal.ZERO, "no damages without a knowing and intentional failure")).build();
        }
        b.amount(Amount.lazy("owed", damages, "USD", owedText));
        if (knowing == null) {
            return b.outcome(Outcome.NEEDS_JUDGMENT).reason(() -> reason.get() + "; damages are owed only for a knowing and intentional"
                    + " failure: supply the employee determination " + KNOWING_QUESTION + " or option " + KNOWING)
                    .missing("knowing and intentional failure (determination " + KNOWING_QUESTION + " or option " + KNOWING + ")").build();
        }
        return b.outcome(Outcome.NOT_MET).reason(() -> reason.get() + "; the failure was knowing and intentional").build();
    }

    /** Whether a line of the statement is an hourly line (straight time, overtime, double time) without its rate or hours. */
    private static boolean omitsRateOrHours(PayItem i) {
        return HOURLY.contains(i.kind()) && (i.rate() == null || i.hours() == null);
    }

    private static boolean omitsRateOrHours(PayPeriod p) {
        for (PayItem i : p.pay()) {
            if (omitsRateOrHours(i)) {
                return true;
            }
        }
        return false;
    }

    /** The deficient statements with their deficient lines: "P1 (straight_time without its rate); P2 (...)". */
    private static String deficiencies(List<PayPeriod> deficient) {
        List<String> out = new ArrayList<>(deficient.size());
        for (PayPeriod p : deficient) {
            List<String> lines = new ArrayList<>();
            for (PayItem i : p.pay()) {
                if (omitsRateOrHours(i)) {
                    lines.add(i.kind().name().toLowerCase(java.util.Locale.ROOT) + " without its "
                            + (i.rate() == null ? (i.hours() == null ? "rate and hours" : "rate") : "hours"));
                }
            }
            out.add(p.id() + " (" + String.join(", ", lines) + ")");
        }
        return String.join("; ", out);
    }
}
