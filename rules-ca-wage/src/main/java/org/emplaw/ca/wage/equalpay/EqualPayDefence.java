package org.emplaw.ca.wage.equalpay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.exemption.Prongs;
import org.emplaw.core.facts.Determination;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * The employer's defence to a pay differential under the California Equal Pay Act, Lab. Code 1197.5(a)
 * (sex) and (b) (race or ethnicity): the differential is based on a seniority system, a merit system, a
 * system measuring earnings by quantity or quality of production, or a bona fide factor other than sex (or
 * race or ethnicity) that is not based on or derived from a protected-class differential, is job related and
 * is consistent with business necessity, unless the employee shows an alternative business practice (1)(A)-(D);
 * each factor is applied reasonably (2); the factors account for the entire differential (3); prior salary
 * does not justify the disparity (4), in the wording in force on the date.
 */
public final class EqualPayDefence {
    public static final String FACTOR_ID = "ca.wage.equal-pay.factor";
    public static final String DEFENCE_ID = "ca.wage.equal-pay.defence";
    /** Option for 2017-2018 ("prior salary shall not, by itself, justify"): may prior salary count beside other factors? */
    public static final String PRIOR_SALARY_2017_OPTION = "ca.epa.prior-salary-2017";
    static final String CITE_A = "Lab. Code 1197.5(a)";

    private EqualPayDefence() {
    }

    static String sub(EqualPayClaim c) {
        return c.basis().equals("sex") ? "Lab. Code 1197.5(a)" : "Lab. Code 1197.5(b)";
    }

    /** One factor as of a date: every requirement of 1197.5(a)(1)-(2) and (4) for its kind, one part each. */
    public static Finding factor(EqualPayClaim c, EqualPayClaim.Factor f, LawBook law, LocalDate date, String priorSalary2017) {
        String s = c.subject() + " factor " + f.id();
        String cite = sub(c);
        List<Finding> parts = new ArrayList<>();
        String kindCite = cite + "(1)(" + switch (f.kind()) {
            case "seniority_system" -> "A";
            case "merit_system" -> "B";
            case "production_system" -> "C";
            default -> "D";
        } + ")";
        parts.add(Prongs.prong(FACTOR_ID + ".recognized-factor", "The factor is one the statute recognizes", s, kindCite)
                .fact("kind", f.kind()).fact("description", f.description()).outcome(Outcome.MET)
                .reason(f.kind().replace('_', ' ') + " is a factor listed in " + kindCite).build());
        if (f.priorSalary()) {
            parts.add(priorSalary(c, f, law, date, priorSalary2017, s));
        }
        parts.add(judgment(s, FACTOR_ID + ".applied-reasonably", "The factor is applied reasonably", cite + "(2)", f, "applied_reasonably", true));
        if (f.kind().equals("bona_fide_factor")) {
            parts.add(judgment(s, FACTOR_ID + ".not-derived", "Not based on or derived from a " + (c.basis().equals("sex") ? "sex" : "race- or ethnicity")
                    + "-based differential in compensation", cite + "(1)(D)", f, "not_derived_from_protected_differential", true));
            parts.add(judgment(s, FACTOR_ID + ".job-related", "Job related with respect to the position", cite + "(1)(D)", f, "job_related", true));
            parts.add(judgment(s, FACTOR_ID + ".business-necessity", "Consistent with a business necessity", cite + "(1)(D)", f, "business_necessity", true));
            Determination alt = f.determinations().get("alternative_practice_shown");
            Finding.Builder a = Prongs.prong(FACTOR_ID + ".no-alternative-practice",
                    "The employee has not shown an alternative business practice serving the same purpose without the differential", s, cite + "(1)(D)");
            if (alt == null) {
                a.outcome(Outcome.MET).reason("no alternative business practice was shown (the showing is the employee's to make)");
            } else {
                a.outcome(!alt.holds()).fact("alternative_practice_shown", alt.holds()).fact("determined_by", alt.by())
                        .reason(alt.holds() ? "the employee showed an alternative business practice" + (alt.basis() == null ? "" : ": " + alt.basis())
                                : alt.by() + " found no alternative business practice was shown");
            }
            parts.add(a.build());
        }
        if (f.explainsPerHour() == null) {
            parts.add(Prongs.prong(FACTOR_ID + ".amount-explained", "The part of the differential the factor explains is stated", s, cite + "(3)")
                    .outcome(Outcome.INSUFFICIENT_FACTS).missing("factor " + f.id() + " explains_per_hour")
                    .reason("the amount of the differential this factor explains was not given").build());
        }
        Finding.Builder b = Finding.of("The factor '" + f.id() + "' justifies its part of the differential", s).rule(FACTOR_ID, null)
                .citation(cite).fact("as_of", date).fact("explains_per_hour", f.explainsPerHour());
        return Prongs.combine(b, parts, Prongs.allOf(parts));
    }

    private static Finding priorSalary(EqualPayClaim c, EqualPayClaim.Factor f, LawBook law, LocalDate date, String option, String s) {
        ParameterValue rule = law.value("ca_epa_prior_salary_rule", null, date);
        String cite = sub(c) + "(4)";
        Finding.Builder b = Prongs.prong(FACTOR_ID + ".prior-salary", "Prior salary does not justify the disparity", s, cite).parameter(rule);
        switch (rule.text()) {
            case "any" -> b.outcome(Outcome.NOT_MET).reason("prior salary shall not justify any disparity in compensation (wording from 2019-01-01)");
            case "by_itself" -> {
                boolean alone = c.factors().size() == 1;
                boolean never = "never".equals(option);
                b.choice(PRIOR_SALARY_2017_OPTION + "=" + (never ? "never" : "with_other_factors")
                        + ": under the 2017-2018 wording ('shall not, by itself, justify') prior salary "
                        + (never ? "never justifies any part" : "may count only beside another factor the employer relies on"));
                if (alone || never) {
                    b.outcome(Outcome.NOT_MET).reason(alone ? "prior salary is the only factor relied on and cannot by itself justify the disparity (2017-2018 wording)"
                            : "prior salary does not justify the disparity (option 'never')");
                } else {
                    b.outcome(Outcome.MET).reason("prior salary is relied on beside other factors, which the 2017-2018 wording does not forbid");
                }
            }
            default -> b.outcome(Outcome.MET).reason("before 2017 the statute said nothing of prior salary; it is tested as any other factor");
        }
        return b.build();
    }

    private static Finding judgment(String s, String id, String q, String cite, EqualPayClaim.Factor f, String key, boolean holdsMeansMet) {
        Determination d = f.determinations().get(key);
        Finding.Builder b = Prongs.prong(id, q, s, cite);
        if (d == null) {
            return b.outcome(Outcome.NEEDS_JUDGMENT).missing("factor " + f.id() + " determination " + key)
                    .fact("description", f.description())
                    .reason("'" + key + "' is a judgment for the trier of fact and none was supplied; the factor: " + f.description()).build();
        }
        return b.outcome(d.holds() == holdsMeansMet).fact(key, d.holds()).fact(key + " determined by", d.by())
                .reason(d.by() + " determined that '" + key + "' " + (d.holds() ? "holds" : "does not hold") + (d.basis() == null ? "" : ": " + d.basis()))
                .build();
    }

    /** The hourly differential: comparator rate minus employee rate, never negative. */
    public static BigDecimal differential(EqualPayClaim.Period p) {
        BigDecimal d = p.comparatorRate().subtract(p.employeeRate());
        return d.signum() < 0 ? BigDecimal.ZERO : d;
    }

    /** The unexplained part of a period's differential: max(0, differential - explained) x hours. */
    public static BigDecimal unexplained(EqualPayClaim.Period p, BigDecimal explainedPerHour) {
        BigDecimal per = differential(p).subtract(explainedPerHour);
        return per.signum() <= 0 ? BigDecimal.ZERO : per.multiply(p.hours());
    }

    /**
     * The defence overall: per period, the factors that hold on the period's last day explain their amounts; the
     * rest is unexplained. Established (MET) only if every factor holds and together they account for the entire
     * differential in every period. Wages owed are the unexplained amounts of the periods inside the limitation
     * window, with interest on them and an equal amount of liquidated damages.
     */
    public static Finding defence(EqualPayClaim c, Employee e, LawBook law, LocalDate asOf, String priorSalary2017) {
        String s = c.subject();
        String cite = sub(c);
        Finding.Builder b = Finding.of("The employer's defence to the pay differential is established", s).citation(cite);
        Finding threshold = Prongs.guard(DEFENCE_ID + ".comparators", "The comparators are of another " + (c.basis().equals("sex") ? "sex" : "race or ethnicity")
                + " doing substantially similar work", s, cite, () -> comparators(c, e, law, asOf));
        b.part(threshold);
        threshold.citations().forEach(b::citation);
        b.parameters(threshold.parameters());
        if (threshold.outcome() == Outcome.NOT_MET) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("no defence is needed: " + threshold.reason()).build();
        }
        if (threshold.outcome() != Outcome.MET) {
            threshold.missing().forEach(b::missing);
            return b.outcome(threshold.outcome()).reason("undecided: " + threshold.reason()).build();
        }
        Limitations.Window window = Limitations.window(c, law, asOf);
        window.uses().forEach(b::parameter);
        window.choices().forEach(b::choice);
        b.citation(window.citation());
        List<Finding> factorsLatest = new ArrayList<>();
        LocalDate last = c.periods().stream().map(EqualPayClaim.Period::to).max(LocalDate::compareTo).orElseThrow();
        for (EqualPayClaim.Factor f : c.factors()) {
            factorsLatest.add(factor(c, f, law, last, priorSalary2017));
        }
        boolean undecided = false;
        boolean allHold = true;
        boolean entire = true;
        BigDecimal owed = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (EqualPayClaim.Period p : c.periods()) {
            BigDecimal explained = BigDecimal.ZERO;
            List<String> held = new ArrayList<>();
            for (EqualPayClaim.Factor f : c.factors()) {
                Finding ff = factor(c, f, law, p.to(), priorSalary2017);
                if (ff.outcome() == Outcome.MET && f.explainsPerHour() != null) {
                    explained = explained.add(f.explainsPerHour());
                    held.add(f.id() + " " + f.explainsPerHour().toPlainString());
                } else if (!ff.outcome().decided()) {
                    undecided = true;
                } else {
                    allHold = false;
                }
            }
            BigDecimal diff = differential(p);
            BigDecimal un = unexplained(p, explained);
            entire &= un.signum() == 0;
            boolean inWindow = window.contains(p.to());
            if (inWindow) {
                owed = owed.add(un);
                terms.add(un.toPlainString());
            }
            String comp = "(" + p.comparatorRate().toPlainString() + " - " + p.employeeRate().toPlainString() + " - explained "
                    + explained.toPlainString() + ") x " + p.hours().toPlainString() + " h = " + un.toPlainString() + " USD";
            b.part(Prongs.prong(DEFENCE_ID + ".period", "Unexplained differential for " + p.from() + ".." + p.to(), s + " period " + p.from(), cite + "(3)")
                    .outcome(un.signum() == 0 ? Outcome.MET : Outcome.NOT_MET)
                    .amount(Amount.usd("differential_per_hour", diff, p.comparatorRate().toPlainString() + " - " + p.employeeRate().toPlainString()))
                    .amount(Amount.usd("unexplained", un, comp))
                    .fact("factors_holding", held.isEmpty() ? "(none)" : String.join(", ", held))
                    .fact("within_limitation_period", inWindow)
                    .reason(un.signum() == 0 ? "the factors account for the entire differential" : "unexplained remainder " + comp
                            + (inWindow ? "" : " (outside the limitation period " + window.describe() + ")"))
                    .build());
        }
        for (Finding f : factorsLatest) {
            b.part(f);
            f.citations().forEach(b::citation);
            b.parameters(f.parameters());
            f.choices().forEach(b::choice);
            f.missing().forEach(b::missing);
        }
        b.citation(cite + "(3)");
        if (undecided) {
            Outcome o = Prongs.allOf(factorsLatest);
            return b.outcome(o.decided() ? Outcome.NEEDS_JUDGMENT : o)
                    .reason("undecided: at least one factor turns on a judgment or fact not supplied; amounts are not computed").build();
        }
        ParameterValue mult = law.value("ca_epa_liquidated_damages_multiplier", null, asOf);
        b.parameter(mult);
        BigDecimal liquidated = owed.multiply(mult.decimal());
        BigDecimal total = owed.add(liquidated);
        String sum = terms.isEmpty() ? "0" : String.join(" + ", terms);
        b.amount(Amount.usd("wages_owed", owed, sum + " = " + owed.toPlainString() + " USD (periods inside the limitation period " + window.describe() + ")"))
                .amount(Amount.usd("interest_basis", owed, "interest runs on the unpaid wages of " + owed.toPlainString()
                        + " USD ('and interest thereon'); the rate is not configured here"))
                .amount(Amount.usd("liquidated_damages", liquidated, owed.toPlainString() + " x " + mult.text() + " (an additional equal amount)"))
                .amount(Amount.usd("owed", total, owed.toPlainString() + " + " + liquidated.toPlainString() + " = " + total.toPlainString()
                        + " USD, plus interest on " + owed.toPlainString()))
                .warning("interest on the wages owed is due but not computed (no interest-rate parameter)");
        boolean met = allHold && entire;
        return b.outcome(met).reason(met ? "every factor holds and together they account for the entire differential"
                : (allHold ? "" : "at least one factor fails; ") + (entire ? "" : "the factors do not account for the entire differential: "
                + owed.toPlainString() + " USD unexplained inside the limitation period")).build();
    }

    /** The prima facie comparison: a comparator of another sex (or race or ethnicity) doing substantially similar work. */
    static Finding comparators(EqualPayClaim c, Employee e, LawBook law, LocalDate asOf) {
        String s = c.subject();
        String cite = sub(c);
        Finding.Builder b = Prongs.prong(DEFENCE_ID + ".comparators", "The comparators are of another " + (c.basis().equals("sex") ? "sex" : "race or ethnicity")
                + " doing substantially similar work", s, cite);
        if (c.basis().equals("race_or_ethnicity")) {
            ParameterValue covered = law.value("ca_epa_race_ethnicity_covered", null, asOf);
            b.parameter(covered);
            if (!covered.bool()) {
                return b.outcome(Outcome.NOT_MET).reason("1197.5(b) (race or ethnicity) is not in force on " + asOf).build();
            }
        }
        String mine = c.basis().equals("sex") ? e.sex() : e.raceEthnicity();
        if (mine == null) {
            throw new MissingFactException(e.subject(), List.of(c.basis().equals("sex") ? "sex" : "race_ethnicity"));
        }
        List<String> problems = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (EqualPayClaim.Comparator k : c.comparators()) {
            String theirs = c.basis().equals("sex") ? k.sex() : k.raceEthnicity();
            if (theirs == null) {
                throw new MissingFactException(s, List.of("comparator " + k.id() + (c.basis().equals("sex") ? " sex" : " race_ethnicity")));
            }
            if (theirs.equals(org.emplaw.core.facts.Check.code(mine))) {
                problems.add(k.id() + " is of the same " + c.basis().replace('_', ' '));
            }
            Determination d = k.determinations().get("substantially_similar_work");
            if (d == null) {
                open.add("comparator " + k.id() + " determination substantially_similar_work");
            } else if (!d.holds()) {
                problems.add(k.id() + ": " + d.by() + " found the work not substantially similar");
            } else {
                b.fact(k.id() + " substantially similar (determined by)", d.by());
            }
        }
        if (!problems.isEmpty()) {
            return b.outcome(Outcome.NOT_MET).reason(String.join("; ", problems)).build();
        }
        if (!open.isEmpty()) {
            open.forEach(b::missing);
            return b.outcome(Outcome.NEEDS_JUDGMENT).reason("whether the work is substantially similar (a composite of skill, effort and responsibility, "
                    + "under similar working conditions) is a judgment not supplied").build();
        }
        return b.outcome(Outcome.MET).reason("every comparator is of another " + c.basis().replace('_', ' ') + " and does substantially similar work").build();
    }
}
