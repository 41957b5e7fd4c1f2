package org.emplaw.ca.wage.exemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;

/**
 * Administrative exemption, IWC Wage Order 4 section 1(A)(2) and Lab. Code 515(a): office or non-manual
 * work directly related to management policies or general business operations (or school
 * administration); discretion and independent judgment; one of: regularly and directly assisting a
 * proprietor or bona fide executive or administrator, specialised or technical work under only general
 * supervision, or special assignments under only general supervision; primarily engaged in those duties;
 * the salary level and the salary basis.
 */
public final class AdministrativeExemption {
    public static final String ID = "ca.wage.exemption.administrative";
    static final String CITE = "IWC Wage Order 4, 1(A)(2)";

    private AdministrativeExemption() {
    }

    public static Finding evaluate(Employee e, List<?> positions, List<?> periods, LawBook law, LocalDate date) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        String q1 = "Office or non-manual work directly related to management policies or general business operations";
        parts.add(Prongs.guard(ID + ".duties", q1, s, CITE + "(a)",
                () -> Prongs.judgment(ID + ".duties", q1, s, CITE + "(a)", Prongs.position(e, positions), "administrative_duties")));
        parts.add(ExecutiveExemption.discretion(ID, e, positions, CITE + "(b)"));
        String q3 = "Assists an executive or administrator, or works under only general supervision on specialized work or special assignments";
        parts.add(Prongs.guard(ID + ".assists-or-general-supervision", q3, s, CITE + "(c)-(e)",
                () -> assistsOrGeneralSupervision(s, Prongs.position(e, positions), q3)));
        String q4 = "Primarily engaged in administrative duties";
        parts.add(Prongs.guard(ID + ".primarily", q4, s, CITE + "(f)", () -> Prongs.primarily(ID + ".primarily", q4, s,
                CITE + "(f)", Prongs.position(e, positions), DutyKinds.ADMINISTRATIVE_KINDS, law, date)));
        parts.addAll(ExecutiveExemption.salary(ID, e, periods, law, date));
        Finding.Builder test = Finding.of("The administrative exemption applies", s).citation(CITE).citation("Lab. Code 515(a)");
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    /** WO 4 1(A)(2)(c), (d) or (e): any one of the three alternatives, each a judgment left to a person. */
    static Finding assistsOrGeneralSupervision(String s, Position p, String q) {
        List<Finding> alts = List.of(
                Prongs.judgment(ID + ".assists-executive", "Regularly and directly assists a proprietor or a bona fide executive or administrator",
                        s, CITE + "(c)", p, "assists_executive_or_administrator"),
                Prongs.judgment(ID + ".specialized-work", "Performs under only general supervision specialized or technical work",
                        s, CITE + "(d)", p, "specialized_work_under_general_supervision"),
                Prongs.judgment(ID + ".special-assignments", "Executes under only general supervision special assignments and tasks",
                        s, CITE + "(e)", p, "special_assignments_under_general_supervision"));
        Finding.Builder b = Prongs.prong(ID + ".assists-or-general-supervision", q, s, CITE + "(c)-(e)");
        Finding f = Prongs.combine(b, alts, Prongs.anyOf(alts));
        return f.toBuilder().reason(() -> switch (f.outcome()) {
            case MET -> "at least one of the alternatives (c), (d), (e) is met";
            case NOT_MET -> "none of the alternatives (c), (d), (e) is met";
            default -> "no alternative is met and at least one is undecided";
        }).build();
    }
}
