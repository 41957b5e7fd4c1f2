package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayBasis;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.core.rules.RuleFacts;

/**
 * Licensed physicians and surgeons, Lab. Code 515.6: Lab. Code 510 does not apply to a licensed physician
 * and surgeon primarily engaged in duties requiring the licence who is paid an hourly rate at or above the
 * CPI-adjusted minimum (a); not to interns or residents, nor to physicians under a collective bargaining
 * agreement under Lab. Code 514 (b). A salaried physician does not qualify under 515.6.
 */
public final class PhysicianExemption {
    public static final String ID = "ca.wage.exemption.physician";
    static final String CITE = "Lab. Code 515.6";

    private PhysicianExemption() {
    }

    public static Finding evaluate(Employee e, List<?> positions, LawBook law, LocalDate date) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        parts.add(Prongs.prong(ID + ".licensed", "Licensed physician and surgeon", s, CITE + "(a)")
                .fact("licenses", String.join(", ", new java.util.TreeSet<>(e.licenses())))
                .outcome(e.licenses().contains("physician"))
                .reason(() -> e.licenses().contains("physician") ? "holds a physician's and surgeon's licence" : "holds no physician's and surgeon's licence")
                .build());
        String q = "Primarily engaged in duties requiring the licence";
        parts.add(Prongs.guard(ID + ".primarily", q, s, CITE + "(a)", () -> Prongs.primarily(ID + ".primarily", q, s, CITE + "(a)",
                Prongs.position(e, positions), DutyKinds.PHYSICIAN, law, date)));
        parts.add(Prongs.guard(ID + ".hourly-rate", "Paid an hourly rate at least the physician minimum", s, CITE + "(a)",
                () -> rate(e, law, date)));
        parts.add(Prongs.guard(ID + ".not-excluded", "Not an intern or resident, nor covered by a collective bargaining agreement (Lab. Code 514)", s,
                CITE + "(b)", () -> notExcluded(e, Prongs.position(e, positions))));
        Finding.Builder test = Finding.of("The licensed physician and surgeon exemption applies", s).citation(CITE);
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    static Finding rate(Employee e, LawBook law, LocalDate date) {
        String s = e.subject();
        Finding.Builder b = Prongs.prong(ID + ".hourly-rate", "Paid an hourly rate at least the physician minimum", s, CITE + "(a)");
        PayBasis basis = RuleFacts.require(e.payBasis(), s, "pay_basis");
        if (basis != PayBasis.HOURLY) {
            return b.outcome(Outcome.NOT_MET).fact("pay_basis", basis)
                    .reason("Lab. Code 515.6 requires an hourly rate; a salaried physician may qualify only under another exemption").build();
        }
        BigDecimal rate = RuleFacts.require(e.hourlyRate(), s, "hourly_rate");
        ParameterValue min = law.value("ca_physician_exempt_min_hourly", null, date);
        boolean met = rate.compareTo(min.decimal()) >= 0;
        return b.parameter(min).fact("hourly_rate", rate).outcome(met)
                .reason(() -> "hourly rate " + rate.toPlainString() + (met ? " is at least " : " is below ") + min.text() + " USD/hour").build();
    }

    static Finding notExcluded(Employee e, Position p) {
        String s = e.subject();
        List<String> missing = new ArrayList<>();
        for (String k : List.of("intern_or_resident", "covered_by_cba_lc514")) {
            if (p.determination(k) == null) {
                missing.add("position " + p.id() + " determination " + k);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingFactException(s, missing);
        }
        boolean intern = p.determination("intern_or_resident").holds();
        boolean cba = p.determination("covered_by_cba_lc514").holds();
        return Prongs.prong(ID + ".not-excluded", "Not an intern or resident, nor covered by a collective bargaining agreement (Lab. Code 514)", s, CITE + "(b)")
                .fact("intern_or_resident", intern).fact("covered_by_cba_lc514", cba).outcome(!intern && !cba)
                .reason(() -> intern ? "an intern or resident is excluded" : cba ? "covered by a collective bargaining agreement (Lab. Code 514)" : "neither exclusion applies")
                .build();
    }
}
