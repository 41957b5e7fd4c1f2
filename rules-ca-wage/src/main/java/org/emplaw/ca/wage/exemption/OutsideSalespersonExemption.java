package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.core.rules.RuleFacts;

/**
 * Outside salesperson, IWC Wage Order 4 sections 1(C) and 2 and Lab. Code 1171: a person 18 or over who
 * customarily and regularly works more than half the working time away from the employer's place of
 * business selling or obtaining orders or contracts. The wage order (minimum wage, overtime, meal and rest)
 * does not apply. The time test is quantitative: actual time, work merely incidental to sales not counted
 * (Ramirez v. Yosemite Water Co. (1999) 20 Cal.4th 785). No salary test.
 */
public final class OutsideSalespersonExemption {
    public static final String ID = "ca.wage.exemption.outside-sales";
    static final String CITE = "IWC Wage Order 4, 1(C), 2; Lab. Code 1171";

    private OutsideSalespersonExemption() {
    }

    public static Finding evaluate(Employee e, List<?> positions, LawBook law, LocalDate date) {
        String s = e.subject();
        List<Finding> parts = new ArrayList<>();
        String q = "Works more than half the working time away from the employer's place of business selling";
        parts.add(Prongs.guard(ID + ".time-away-selling", q, s, CITE, () -> timeAway(e, Prongs.position(e, positions), law, date, q)));
        parts.add(Prongs.guard(ID + ".age", "Is 18 years of age or over", s, "IWC Wage Order 4, 2", () -> age(e, law, date)));
        Finding.Builder test = Finding.of("The outside salesperson exemption applies", s).citation(CITE)
                .citation("Ramirez v. Yosemite Water Co. (1999) 20 Cal.4th 785");
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    static Finding timeAway(Employee e, Position p, LawBook law, LocalDate date, String q) {
        if (p.timeAwaySellingShare() == null) {
            throw new MissingFactException(e.subject(), List.of("position " + p.id() + " time_away_selling_share"));
        }
        ParameterValue min = law.value("ca_outside_sales_min_time_away_share", null, date);
        BigDecimal share = p.timeAwaySellingShare();
        boolean met = share.compareTo(min.decimal()) > 0;
        return Prongs.prong(ID + ".time-away-selling", q, e.subject(), CITE).parameter(min).fact("time_away_selling_share", share)
                .outcome(met).reason(() -> share.toPlainString() + " of working time away selling" + (met ? " is more than " : " is not more than ")
                        + min.text()).build();
    }

    static Finding age(Employee e, LawBook law, LocalDate date) {
        LocalDate birth = RuleFacts.require(e.birthDate(), e.subject(), "birth_date");
        ParameterValue min = law.value("ca_outside_sales_min_age_years", null, date);
        int years = Period.between(birth, date).getYears();
        boolean met = years >= min.decimal().intValueExact();
        return Prongs.prong(ID + ".age", "Is 18 years of age or over", e.subject(), "IWC Wage Order 4, 2").parameter(min)
                .fact("birth_date", birth).fact("age_on_" + date, years).outcome(met)
                .reason(() -> "aged " + years + " on " + date + (met ? ", at least " : ", under ") + min.text()).build();
    }
}
