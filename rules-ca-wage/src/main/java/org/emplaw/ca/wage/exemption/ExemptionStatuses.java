package org.emplaw.ca.wage.exemption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emplaw.ca.wage.ExemptionStatus;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;

/**
 * Combines the claimed exemptions into the one {@link ExemptionStatus} the pay-period rules read, and
 * states the misclassification consequence. An employee is exempt when any claimed exemption holds; an
 * employee the employer classifies exempt whom no claimed exemption covers is misclassified: non-exempt,
 * so overtime (Lab. Code 510) and meal and rest periods (Lab. Code 512, 226.7; WO 4 sections 11, 12) apply.
 */
public final class ExemptionStatuses {
    public static final String OUTSIDE_SALES = "outside_sales";
    public static final String COMMISSIONED = "commissioned";
    static final String CITE = "Lab. Code 515(a); IWC Wage Order 4, 1(A)";
    static final String CONSEQUENCE = "the employee is non-exempt: overtime (Lab. Code 510), meal periods (Lab. Code 512) and rest periods (WO 4, 12) apply, with premiums under Lab. Code 226.7";

    private ExemptionStatuses() {
    }

    /** The employee-level status (the per-pay-period commissioned exemption is left to {@link #forPayPeriod}). */
    public static ExemptionStatus decide(Employee e, List<?> determinations) {
        List<ExemptionDetermination> claimed = claimed(e, determinations);
        boolean commissionedOnly = claimed.isEmpty() && e.claims(COMMISSIONED);
        if (commissionedOnly && e.classification() != Classification.NON_EXEMPT) {
            return new ExemptionStatus(e.id(), List.of(), Outcome.NOT_MET, null, false, false, false,
                    "the only exemption claimed is the commissioned exemption, which is decided for each pay period (WO 4/7, 3(D)); see the pay period's status",
                    List.of("IWC Wage Order 4, 3(D)", "IWC Wage Order 7, 3(D)"));
        }
        return combine(e, List.of(), claimed);
    }

    /** The status for one pay period of an employee who claims the commissioned exemption. */
    public static ExemptionStatus forPayPeriod(Employee e, List<?> employeeLevel, ExemptionDetermination commissioned) {
        List<ExemptionDetermination> claimed = new ArrayList<>(claimed(e, employeeLevel));
        claimed.add(commissioned);
        return combine(e, List.of(commissioned.payPeriodId()), claimed);
    }

    /**
     * The status for pay periods {@code payPeriodIds} of an employee tested for groups of pay periods ({@link
     * ExemptionOccasion}), decided from the determinations made for them: their group's (and, for one pay period, the
     * commissioned one).
     */
    public static ExemptionStatus forPayPeriods(Employee e, List<String> payPeriodIds, List<?> determinations) {
        List<ExemptionDetermination> claimed = new ArrayList<>();
        List<ExemptionDetermination> own = new ArrayList<>();
        // the group's determinations by name, then the pay period's own (commissioned) one, as forPayPeriod orders them
        for (ExemptionDetermination d : claimed(e, determinations)) {
            (d.payPeriodId() == null ? claimed : own).add(d);
        }
        claimed.addAll(own);
        return combine(e, payPeriodIds, claimed);
    }

    /** The determinations of exemptions {@code e} claims, by exemption name. */
    private static List<ExemptionDetermination> claimed(Employee e, List<?> determinations) {
        List<ExemptionDetermination> out = new ArrayList<>();
        for (Object o : determinations) {
            if (o instanceof ExemptionDetermination d && d.employeeId().equals(e.id()) && e.claims(d.exemption())) {
                out.add(d);
            }
        }
        out.sort(java.util.Comparator.comparing(ExemptionDetermination::exemption));
        return out;
    }

    private static ExemptionStatus combine(Employee e, List<String> period, List<ExemptionDetermination> claimed) {
        if (e.classification() == Classification.NON_EXEMPT) {
            return new ExemptionStatus(e.id(), period, Outcome.NOT_MET, null, false, false, false,
                    "classified non-exempt by the employer" + (claimed.isEmpty() ? "" : " (claimed exemptions are not relied on)"),
                    List.of(CITE));
        }
        if (claimed.isEmpty()) {
            boolean exempt = e.classification() == Classification.EXEMPT;
            return new ExemptionStatus(e.id(), period, Outcome.NOT_MET, null, false, false, exempt,
                    exempt ? "classified exempt but no exemption is claimed: " + CONSEQUENCE : "no exemption is claimed",
                    List.of(CITE));
        }
        ExemptionDetermination met = null;
        for (ExemptionDetermination d : claimed) {
            if (d.outcome() == Outcome.MET && (met == null || OUTSIDE_SALES.equals(d.exemption()))) {
                met = d;
            }
        }
        if (met != null) {
            boolean outside = OUTSIDE_SALES.equals(met.exemption());
            return new ExemptionStatus(e.id(), period, Outcome.MET, met.exemption(), outside, outside, false,
                    "the " + met.exemption() + " exemption holds" + (outside
                            ? " (an outside salesperson is outside the wage order: minimum wage, overtime, meal and rest rules do not apply)" : ""),
                    met.citations());
        }
        for (ExemptionDetermination d : claimed) {
            if (!d.outcome().decided()) {
                return new ExemptionStatus(e.id(), period, d.outcome(), d.exemption(), false, false, false,
                        "the " + d.exemption() + " exemption is undecided (" + d.outcome().name().toLowerCase(Locale.ROOT) + "): " + d.reason(),
                        d.citations());
            }
        }
        List<String> names = new ArrayList<>();
        List<String> cites = new ArrayList<>();
        for (ExemptionDetermination d : claimed) {
            names.add(d.exemption());
            d.citations().forEach(c -> {
                if (!cites.contains(c)) {
                    cites.add(c);
                }
            });
        }
        boolean exempt = e.classification() == Classification.EXEMPT;
        return new ExemptionStatus(e.id(), period, Outcome.NOT_MET, null, false, false, exempt,
                "no claimed exemption holds (" + String.join(", ", names) + ")" + (exempt ? ": " + CONSEQUENCE : ""), cites);
    }

    /**
     * The misclassification finding for a status: NOT_MET when the employee is classified exempt and no
     * claimed exemption holds (naming the consequence), MET when classified exempt and an exemption holds,
     * the undecided outcome when undecided, NOT_APPLICABLE when classified non-exempt.
     */
    public static Finding misclassification(Employee e, ExemptionStatus s) {
        List<String> ids = s.payPeriodIds();
        String subject = ids.isEmpty() ? e.subject()
                : e.subject() + (ids.size() == 1 ? " pay period " : " pay periods ") + String.join(", ", ids);
        Finding.Builder b = Finding.of("The employee classified as exempt is lawfully exempt (not misclassified)", subject)
                .citation(CITE).fact("classification", e.classification())
                .fact("claimed_exemptions", String.join(", ", new java.util.TreeSet<>(e.claimedExemptions())))
                .fact("exemption_status", s.overtimeExempt()).fact("exemption", s.exemption());
        s.citations().forEach(b::citation);
        if (e.classification() == null) {
            return b.outcome(Outcome.INSUFFICIENT_FACTS).missing("classification")
                    .reason("the employer's classification (exempt or non-exempt) was not given").build();
        }
        if (e.classification() == Classification.NON_EXEMPT) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("classified non-exempt: overtime, meal and rest rules apply").build();
        }
        if (s.employeeLevel() && s.overtimeExempt() == Outcome.NOT_MET && !s.misclassified()
                && e.claims(COMMISSIONED)) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason(s.reason()).build();
        }
        if (s.misclassified()) {
            return b.outcome(Outcome.NOT_MET).citation("Lab. Code 510").citation("Lab. Code 512")
                    .citation("Lab. Code 226.7").reason(() -> "misclassified: " + s.reason()
                            + (s.reason().contains("non-exempt:") ? "" : "; " + CONSEQUENCE)).build();
        }
        return b.outcome(s.overtimeExempt()).reason(s.reason()).build();
    }
}
