package org.emplaw.ca.wage.exemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;

/**
 * Professional exemption, IWC Wage Order 4 section 1(A)(3) and Lab. Code 515(a): either (a) licensed or
 * certified by the State and primarily engaged in the practice of law, medicine, dentistry, optometry,
 * architecture, engineering, teaching or accounting, or (b) primarily engaged in a learned or artistic
 * profession whose work is predominantly intellectual and varied; and (c) customarily and regularly
 * exercising discretion and independent judgment; and (d) the salary level and salary basis.
 * Pharmacists and registered nurses employed to practise are not learned professionals under (b).
 */
public final class ProfessionalExemption {
    public static final String ID = "ca.wage.exemption.professional";
    static final String CITE = "IWC Wage Order 4, 1(A)(3)";

    private ProfessionalExemption() {
    }

    public static Finding evaluate(Employee e, List<?> positions, List<?> periods, LawBook law, LocalDate date) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        String q = "Licensed in a listed profession and primarily practising it, or primarily engaged in a learned or artistic profession";
        parts.add(Prongs.guard(ID + ".profession", q, s, CITE + "(a),(b)", () -> profession(e, Prongs.position(e, positions), law, date, q)));
        parts.add(ExecutiveExemption.discretion(ID, e, positions, CITE + "(c)"));
        parts.addAll(ExecutiveExemption.salary(ID, e, periods, law, date));
        Finding.Builder test = Finding.of("The professional exemption applies", e.subject()).citation(CITE).citation("Lab. Code 515(a)");
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    static Finding profession(Employee e, Position p, LawBook law, LocalDate date, String q) {
        String s = e.subject();
        Finding licensed = Prongs.guard(ID + ".licensed", "Licensed by the State and primarily engaged in a listed profession", s, CITE + "(a)",
                () -> licensed(e, p, law, date));
        Finding learned = Prongs.guard(ID + ".learned-or-artistic", "Primarily engaged in a learned or artistic profession, intellectual and varied", s,
                CITE + "(b)", () -> learned(e, p, law, date));
        List<Finding> alts = List.of(licensed, learned);
        Finding f = Prongs.combine(Prongs.prong(ID + ".profession", q, s, CITE + "(a),(b)"), alts, Prongs.anyOf(alts));
        return f.toBuilder().reason(() -> switch (f.outcome()) {
            case MET -> licensed.outcome() == Outcome.MET ? "licensed profession (a) is met" : "learned or artistic profession (b) is met";
            case NOT_MET -> "neither (a) licensed profession nor (b) learned or artistic profession is met";
            default -> "neither alternative is met and at least one is undecided";
        }).build();
    }

    static Finding licensed(Employee e, Position p, LawBook law, LocalDate date) {
        String s = e.subject();
        ParameterValue fields = law.value("ca_professional_licensed_fields", null, date);
        List<String> held = new ArrayList<>();
        for (Object f : fields.list()) {
            if (e.licenses().contains(String.valueOf(f))) {
                held.add(String.valueOf(f));
            }
        }
        Finding.Builder b = Prongs.prong(ID + ".licensed", "Licensed by the State and primarily engaged in a listed profession", s, CITE + "(a)")
                .parameter(fields).fact("licenses", String.join(", ", new java.util.TreeSet<>(e.licenses())));
        if (held.isEmpty()) {
            return b.outcome(Outcome.NOT_MET).reason("holds no licence in a profession listed in WO 4 1(A)(3)(a)").build();
        }
        Finding prim = Prongs.primarily(ID + ".licensed-primarily", "Primarily engaged in the practice of the licensed profession", s, CITE + "(a)",
                p, DutyKinds.LICENSED, law, date);
        b.parameters(prim.parameters()).citation("Lab. Code 515(e)");
        prim.facts().forEach(b::fact);
        return b.outcome(prim.outcome()).reason(() -> "licensed (" + String.join(", ", held) + "); " + prim.reason()).build();
    }

    static Finding learned(Employee e, Position p, LawBook law, LocalDate date) {
        String s = e.subject();
        ParameterValue excluded = law.value("ca_professional_excluded_licenses", null, date);
        for (Object x : excluded.list()) {
            if (e.licenses().contains(String.valueOf(x)) || String.valueOf(x).equals(p.licenseRequired())) {
                return Prongs.prong(ID + ".learned-or-artistic", "Primarily engaged in a learned or artistic profession, intellectual and varied", s,
                        CITE + "(b)").parameter(excluded).outcome(Outcome.NOT_MET)
                        .reason(() -> x + " employed to practise is not a learned professional (may still be executive or administrative)").build();
            }
        }
        List<Finding> parts = List.of(
                Prongs.primarily(ID + ".learned-primarily", "Primarily engaged in learned or artistic work", s, CITE + "(b)(i),(ii)",
                        p, DutyKinds.LEARNED_OR_ARTISTIC, law, date),
                Prongs.judgment(ID + ".intellectual-and-varied", "Work predominantly intellectual and varied, output not standardized in time",
                        s, CITE + "(b)(iii)", p, "intellectual_and_varied"));
        Finding.Builder b = Prongs.prong(ID + ".learned-or-artistic", "Primarily engaged in a learned or artistic profession, intellectual and varied",
                s, CITE + "(b)").parameter(excluded);
        return Prongs.combine(b, parts, Prongs.allOf(parts));
    }
}
