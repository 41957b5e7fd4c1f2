package org.emplaw.ca.wage.equalpay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.exemption.Prongs;
import org.emplaw.core.facts.Determination;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;

/**
 * The federal Equal Pay Act's four defences, 29 USC 206(d)(1), reported beside the California result: payment
 * pursuant to (i) a seniority system, (ii) a merit system, (iii) a system measuring earnings by quantity or
 * quality of production, or (iv) a differential based on any other factor other than sex. Sex only, "equal"
 * (not "substantially similar") work; none of California's job-relatedness, business-necessity,
 * alternative-practice, reasonable-application or entire-differential conditions appear in the text.
 */
public final class FederalEqualPay {
    public static final String ID = "ca.wage.equal-pay.federal-comparison";
    static final String CITE = "29 USC 206(d)(1)";
    /** Option: prior salary under the federal Act: {@code not_a_factor} (Rizo v. Yovino, 9th Cir. 2020 en banc) or {@code factor_other_than_sex}. */
    public static final String PRIOR_SALARY_OPTION = "us.epa.prior-salary";

    private FederalEqualPay() {
    }

    public static Finding evaluate(EqualPayClaim c, String priorSalaryReading) {
        String s = c.subject();
        Finding.Builder b = Finding.of("The federal Equal Pay Act defences (for comparison)", s).citation(CITE);
        if (!c.basis().equals("sex")) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("the federal Equal Pay Act covers sex only; race or ethnicity is a California (1197.5(b)) claim").build();
        }
        List<Finding> parts = new ArrayList<>();
        for (EqualPayClaim.Comparator k : c.comparators()) {
            Determination d = k.determinations().get("equal_work");
            Finding.Builder p = Prongs.prong(ID + ".equal-work", "Comparator " + k.id() + " does equal work in the same establishment", s, CITE);
            if (d == null) {
                parts.add(p.outcome(Outcome.NEEDS_JUDGMENT).missing("comparator " + k.id() + " determination equal_work")
                        .reason("federal law asks for equal (not merely substantially similar) work in the same establishment; not determined").build());
            } else {
                parts.add(p.outcome(d.holds()).reason(d.by() + (d.holds() ? " found equal work" : " found the work not equal: no federal claim")).build());
            }
        }
        boolean notRizo = !"factor_other_than_sex".equals(priorSalaryReading);
        BigDecimal explained = BigDecimal.ZERO;
        boolean allHold = true;
        for (EqualPayClaim.Factor f : c.factors()) {
            String which = switch (f.kind()) {
                case "seniority_system" -> "(i) a seniority system";
                case "merit_system" -> "(ii) a merit system";
                case "production_system" -> "(iii) a system measuring earnings by quantity or quality of production";
                default -> "(iv) any other factor other than sex";
            };
            Finding.Builder p = Prongs.prong(ID + ".factor", "Factor " + f.id() + " is a federal defence: " + which, s + " factor " + f.id(), CITE);
            if (f.priorSalary()) {
                p.choice(PRIOR_SALARY_OPTION + "=" + (notRizo ? "not_a_factor" : "factor_other_than_sex")
                        + (notRizo ? ": prior pay is not a factor other than sex (Rizo v. Yovino (9th Cir. 2020) 950 F.3d 1217, en banc)"
                        : ": prior pay read as a factor other than sex"));
                if (notRizo) {
                    parts.add(p.outcome(Outcome.NOT_MET).citation("Rizo v. Yovino (9th Cir. 2020) 950 F.3d 1217").reason("prior pay alone or with other factors is not a factor other than sex").build());
                    allHold = false;
                    continue;
                }
            }
            if (f.kind().equals("bona_fide_factor")) {
                Determination d = f.determinations().get("not_derived_from_protected_differential");
                if (d == null) {
                    parts.add(p.outcome(Outcome.NEEDS_JUDGMENT).missing("factor " + f.id() + " determination not_derived_from_protected_differential")
                            .reason("whether the factor is other than sex is not determined").build());
                    allHold = false;
                    continue;
                }
                p.outcome(d.holds()).reason(d.holds() ? "a factor other than sex" : "the factor is based on sex");
            } else {
                p.outcome(Outcome.MET).reason("payment pursuant to " + which);
            }
            Finding pf = p.build();
            parts.add(pf);
            if (pf.outcome() == Outcome.MET && f.explainsPerHour() != null) {
                explained = explained.add(f.explainsPerHour());
            } else {
                allHold = false;
            }
        }
        boolean entire = true;
        for (EqualPayClaim.Period p : c.periods()) {
            entire &= EqualPayDefence.unexplained(p, explained).signum() == 0;
        }
        Outcome o = Prongs.allOf(parts);
        if (o == Outcome.MET && !entire) {
            o = Outcome.NOT_MET;
        }
        return Prongs.combine(b, parts, o).toBuilder().reason("federal: " + (o == Outcome.MET ? "the differential is explained by the four defences"
                : o == Outcome.NOT_MET ? "the four defences do not explain the whole differential" + (allHold ? "" : " (a factor is not a federal defence)")
                : "undecided") + "; California's defence is narrower, and the more protective law controls (29 USC 218(a))").build();
    }
}
