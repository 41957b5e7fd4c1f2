package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Position;
import org.emplaw.core.facts.Supervision;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Executive exemption, IWC Wage Order 4 section 1(A)(1) and Lab. Code 515(a): management duties;
 * customarily and regularly directing two or more other employees; authority to hire or fire (or
 * recommendations given particular weight); customarily and regularly exercising discretion and
 * independent judgment; primarily engaged in those duties (more than one-half of working time); the
 * salary level and the salary basis.
 */
public final class ExecutiveExemption {
    public static final String ID = "ca.wage.exemption.executive";
    static final String CITE = "IWC Wage Order 4, 1(A)(1)";

    private ExecutiveExemption() {
    }

    public static Finding evaluate(Employee e, List<?> positions, List<?> periods, LawBook law, LocalDate date) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        parts.add(Prongs.guard(ID + ".management-duties", "Duties involve management of the enterprise or a customarily recognized department", s,
                CITE + "(a)", () -> Prongs.judgment(ID + ".management-duties",
                        "Duties involve management of the enterprise or a customarily recognized department", s, CITE + "(a)",
                        Prongs.position(e, positions), "management_duties")));
        parts.add(Prongs.guard(ID + ".directs-two-or-more", "Customarily and regularly directs the work of two or more other employees", s,
                CITE + "(b)", () -> directs(s, Prongs.position(e, positions), law, date)));
        parts.add(Prongs.guard(ID + ".hire-fire", "Has authority to hire or fire, or recommendations are given particular weight", s,
                CITE + "(c)", () -> hireFire(s, Prongs.position(e, positions))));
        parts.add(discretion(ID, e, positions, CITE + "(d)"));
        parts.add(Prongs.guard(ID + ".primarily", "Primarily engaged in executive duties", s, CITE + "(e)",
                () -> Prongs.primarily(ID + ".primarily", "Primarily engaged in executive duties", s, CITE + "(e)",
                        Prongs.position(e, positions), DutyKinds.EXECUTIVE, law, date)));
        parts.addAll(salary(ID, e, periods, law, date));
        Finding.Builder test = Finding.of("The executive exemption applies", s).citation(CITE).citation("Lab. Code 515(a)");
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    /** Discretion and independent judgment, customarily and regularly exercised (a judgment left to a person). */
    static Finding discretion(String id, Employee e, List<?> positions, String cite) {
        String q = "Customarily and regularly exercises discretion and independent judgment";
        return Prongs.guard(id + ".discretion", q, e.subject(), cite,
                () -> Prongs.judgment(id + ".discretion", q, e.subject(), cite, Prongs.position(e, positions),
                        "discretion_and_independent_judgment"));
    }

    /** The salary level and salary basis prongs, shared by the three white-collar exemptions. */
    static List<Finding> salary(String id, Employee e, List<?> periods, LawBook law, LocalDate date) {
        String s = e.subject();
        return List.of(
                Prongs.guard(id + ".salary-level", "The salary is at least two times the state minimum wage for full-time employment", s,
                        SalaryTest.LEVEL_CITATION, () -> SalaryTest.level(id + ".salary-level", e, law, date)),
                Prongs.guard(id + ".salary-basis", "The employee is paid on a salary basis", s, SalaryTest.BASIS_CITATION,
                        () -> SalaryTest.basis(id + ".salary-basis", e, periods, law, date)));
    }

    static Finding directs(String s, Position p, LawBook law, LocalDate date) {
        String q = "Customarily and regularly directs the work of two or more other employees";
        Supervision sup = p.supervision();
        if (sup == null || sup.fullTimeEquivalentsDirected() == null) {
            throw new MissingFactException(s, List.of("position " + p.id() + " supervision.full_time_equivalents_directed"));
        }
        ParameterValue min = law.value("ca_executive_min_employees_directed", null, date);
        BigDecimal n = sup.fullTimeEquivalentsDirected();
        Finding.Builder b = Prongs.prong(ID + ".directs-two-or-more", q, s, CITE + "(b)").parameter(min)
                .fact("full_time_equivalents_directed", n).fact("customarily_and_regularly", sup.customarilyAndRegularly());
        if (n.compareTo(min.decimal()) < 0) {
            return b.outcome(Outcome.NOT_MET).reason(() -> "directs " + n.toPlainString() + " full-time equivalents, fewer than "
                    + min.text()).build();
        }
        if (sup.customarilyAndRegularly() == null) {
            throw new MissingFactException(s, List.of("position " + p.id() + " supervision.customarily_and_regularly"));
        }
        return b.outcome(sup.customarilyAndRegularly()).reason(() -> "directs " + n.toPlainString() + " full-time equivalents (at least "
                + min.text() + ")" + (sup.customarilyAndRegularly() ? ", customarily and regularly" : ", but not customarily and regularly"))
                .build();
    }

    static Finding hireFire(String s, Position p) {
        String q = "Has authority to hire or fire, or recommendations are given particular weight";
        Supervision sup = p.supervision();
        if (sup == null || (sup.hireFireAuthority() == null && sup.recommendationsGivenWeight() == null)) {
            throw new MissingFactException(s, List.of("position " + p.id() + " supervision.hire_fire_authority"));
        }
        Finding.Builder b = Prongs.prong(ID + ".hire-fire", q, s, CITE + "(c)")
                .fact("hire_fire_authority", sup.hireFireAuthority())
                .fact("recommendations_given_weight", sup.recommendationsGivenWeight());
        if (Boolean.TRUE.equals(sup.hireFireAuthority()) || Boolean.TRUE.equals(sup.recommendationsGivenWeight())) {
            return b.outcome(Outcome.MET).reason(() -> Boolean.TRUE.equals(sup.hireFireAuthority()) ? "has authority to hire or fire"
                    : "recommendations on hiring, firing or promotion are given particular weight").build();
        }
        if (sup.hireFireAuthority() == null || sup.recommendationsGivenWeight() == null) {
            throw new MissingFactException(s, List.of("position " + p.id() + (sup.hireFireAuthority() == null
                    ? " supervision.hire_fire_authority" : " supervision.recommendations_given_weight")));
        }
        return b.outcome(Outcome.NOT_MET).reason("no authority to hire or fire and recommendations are not given particular weight").build();
    }
}
