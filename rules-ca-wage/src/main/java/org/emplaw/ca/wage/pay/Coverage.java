package org.emplaw.ca.wage.pay;

import java.util.List;
import org.emplaw.ca.wage.ExemptionStatus;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Outcome;

/**
 * Which pay-period rules reach an employee in a pay period, read from the exemption rules' {@link ExemptionStatus}
 * (IWC Wage Order 4 section 1; Lab. Code 515). When no exemption determination exists for the employee, the
 * employer's own classification decides only the clear case (classified non-exempt, no exemption claimed);
 * anything else is undecided and says so.
 *
 * @param overtimeExempt    MET: lawfully exempt from overtime; NOT_MET: overtime owed; other outcomes: undecided
 * @param exemption         the exemption that holds or was claimed, or {@code null}
 * @param minimumWageExempt outside salesperson: no minimum wage
 * @param mealRestExempt    meal and rest period rules do not apply
 * @param misclassified     classified exempt, but no claimed exemption holds
 * @param reason            why, in a sentence
 * @param citations         the provisions that decided it
 */
public record Coverage(Outcome overtimeExempt, String exemption, boolean minimumWageExempt, boolean mealRestExempt,
                       boolean misclassified, String reason, List<String> citations) {

    public Coverage {
        citations = List.copyOf(citations == null ? List.of() : citations);
        reason = reason == null ? "" : reason;
    }

    /** The exemption rules' conclusion. NOT_APPLICABLE (no exemption claimed) reads as not exempt. */
    public static Coverage of(ExemptionStatus s) {
        Outcome o = s.overtimeExempt() == Outcome.NOT_APPLICABLE ? Outcome.NOT_MET : s.overtimeExempt();
        return new Coverage(o, s.exemption(), s.minimumWageExempt(), s.mealRestExempt(), s.misclassified(),
                s.reason(), s.citations());
    }

    /** No exemption determination was made for the employee: only the employer's own non-exempt classification decides. */
    public static Coverage fromEmployerClassification(Employee e) {
        if (e.classification() == Classification.NON_EXEMPT && e.claimedExemptions().isEmpty()) {
            return new Coverage(Outcome.NOT_MET, null, false, false, false,
                    "the employer classifies " + e.subject() + " as non-exempt and claims no exemption", List.of());
        }
        return new Coverage(Outcome.INSUFFICIENT_FACTS, null, false, false, false,
                "no exemption determination was made for " + e.subject() + " (classification "
                        + (e.classification() == null ? "not given" : e.classification().name().toLowerCase(java.util.Locale.ROOT))
                        + ", claimed exemptions " + e.claimedExemptions() + ")", List.of());
    }

    /** True when the overtime exemption is decided either way. */
    public boolean decided() {
        return overtimeExempt.decided();
    }

    public boolean overtimeExemptHolds() {
        return overtimeExempt == Outcome.MET;
    }

    /**
     * Exemptions from overtime only: the commissioned employee (Wage Order 4 section 3(D)) and the physician (Lab. Code
     * 515.6 exempts from section 510 alone). The white-collar exemptions remove sections 3 to 12 of the wage order,
     * meal (11) and rest (12) periods included (Wage Order 4 section 1(A); Lab. Code 226.7(e)).
     */
    public static final java.util.Set<String> OVERTIME_ONLY_EXEMPTIONS = java.util.Set.of("commissioned", "physician");

    /** Whether the meal and rest period rules reach the employee (or may, when the exemption is undecided). */
    public boolean mealRestApply() {
        if (mealRestExempt) {
            return false;
        }
        if (overtimeExempt == Outcome.MET) {
            return exemption != null && OVERTIME_ONLY_EXEMPTIONS.contains(exemption);
        }
        return true;
    }

    /**
     * Whether the meal and rest rules' own outcome must carry the undecided exemption: an undecided white-collar
     * exemption would also remove meal and rest periods; an overtime-only exemption would not.
     */
    public boolean mealRestUndecided() {
        return !decided() && !(exemption != null && OVERTIME_ONLY_EXEMPTIONS.contains(exemption));
    }

    /** A sentence for findings. */
    public String describe() {
        String status = switch (overtimeExempt) {
            case MET -> "exempt from overtime" + (exemption == null ? "" : " (" + exemption + ")");
            case NOT_MET -> misclassified ? "misclassified as exempt: overtime is owed" : "not exempt from overtime";
            default -> "exemption undecided (" + overtimeExempt.name().toLowerCase(java.util.Locale.ROOT) + ")";
        };
        return status + (reason.isEmpty() ? "" : ": " + reason);
    }
}
