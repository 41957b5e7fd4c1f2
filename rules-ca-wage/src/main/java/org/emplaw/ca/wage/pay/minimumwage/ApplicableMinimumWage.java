package org.emplaw.ca.wage.pay.minimumwage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.EmployerSize;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.facts.WorkLocation;
import org.emplaw.core.law.DatedValue;
import org.emplaw.core.law.DayLaw;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.Parameter;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.core.rules.RuleFacts;

import static org.emplaw.ca.wage.pay.Figures.n;

/**
 * The minimum wage that applies to one workday: the highest of the federal minimum (29 U.S.C. 206), the California
 * minimum (Lab. Code 1182.12, by employer size through 2022), the local ordinance of the place of work, and the
 * industry minimum (fast food, Lab. Code 1475; health care, Lab. Code 1182.14). The employer pays the highest
 * applicable rate (DIR Minimum Wage FAQ, fact sheet section 1 notes; source excerpt 003: "employees must be paid the
 * higher minimum wage").
 *
 * <p>The decision is made with numbers; the words ({@link #bound()}, {@link #layerTexts()}) are written only when an
 * explanation asks for them.
 *
 * @param date     the workday
 * @param rate     the applicable (highest) minimum
 * @param layers   every layer with its rate, in the order federal, state, local, industry (immutable)
 * @param warnings gaps that are not errors (a city whose ordinance, if any, is not in the tables)
 */
public record ApplicableMinimumWage(LocalDate date, BigDecimal rate, List<Layer> layers, List<String> warnings) {

    static final String STATE_TABLE = "ca_min_wage_hourly";
    static final String LOCAL = "local_min_wage_hourly";
    static final String FAST_FOOD = "ca_fast_food_min_wage_hourly";
    static final String HEALTH_CARE = "ca_health_care_min_wage_hourly";

    /** The kinds of minimum, in the order they are compared. */
    public enum Kind {
        FEDERAL, STATE, LOCAL, INDUSTRY
    }

    /**
     * One layer of the minimum.
     *
     * @param kind      federal, state, local or industry
     * @param value     the figure of law looked up for the day
     * @param qualifier what selects it: the employer-size tier ({@code all employers} when one rate applies to all),
     *                  the locality, or the industry; {@code null} for the federal minimum
     */
    public record Layer(Kind kind, ParameterValue value, String qualifier) {
        public BigDecimal rate() {
            return value.decimal();
        }

        /** As listed in the explanation, e.g. {@code state 16.00 (all employers)}. */
        public String describe() {
            return switch (kind) {
                case FEDERAL -> "federal " + n(rate());
                case STATE -> "state " + n(rate()) + " (" + qualifier + ")";
                case LOCAL -> "local " + n(rate()) + " (" + qualifier + ")";
                case INDUSTRY -> "industry " + n(rate()) + " (" + qualifier + ")";
            };
        }

        /** Named as the layer that binds, e.g. {@code state (Lab. Code 1182.12, all employers)}. */
        String boundName() {
            return switch (kind) {
                case FEDERAL -> "federal (29 U.S.C. 206)";
                case STATE -> "state (Lab. Code 1182.12, " + qualifier + ")";
                case LOCAL -> "local ordinance (" + qualifier + ")";
                case INDUSTRY -> "industry (" + qualifier + ")";
            };
        }

        /** Named as a layer tied with an earlier binding one, e.g. {@code state (all employers)}. */
        String tiedName() {
            return kind == Kind.STATE ? "state (" + qualifier + ")" : boundName();
        }
    }

    public ApplicableMinimumWage {
        layers = List.copyOf(layers);
        warnings = List.copyOf(warnings);
    }

    /**
     * The layer that bound, e.g. {@code local ordinance (los_angeles_city)}; layers tied at the applicable rate follow
     * the first, joined by {@code " = "} (e.g. {@code federal (29 U.S.C. 206) = state (all employers)}).
     */
    public String bound() {
        StringBuilder sb = null;
        for (Layer l : layers) {
            if (l.rate().compareTo(rate) == 0) {
                if (sb == null) {
                    sb = new StringBuilder(l.boundName());
                } else {
                    sb.append(" = ").append(l.tiedName());
                }
            }
        }
        return sb == null ? null : sb.toString();
    }

    /** Every layer with its rate, for the explanation. */
    public List<String> layerTexts() {
        List<String> out = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            out.add(l.describe());
        }
        return out;
    }

    /** The figures of law looked up, in layer order. */
    public List<ParameterValue> used() {
        List<ParameterValue> out = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            out.add(l.value());
        }
        return out;
    }

    /** The locality qualifier of the local table for a work place, or {@code null} when there is no city or county. */
    public static String locality(WorkLocation where, String dayCity, String industry) {
        String city = dayCity != null ? dayCity : where.city();
        if (city == null) {
            return "los_angeles".equals(where.county()) ? "los_angeles_county_unincorporated" : null;
        }
        return switch (city) {
            case "los_angeles" -> "los_angeles_city";
            case "west_hollywood" -> "hotel".equals(industry) ? "west_hollywood_hotel" : "west_hollywood_non_hotel";
            default -> city;
        };
    }

    /** Computes the applicable minimum for a workday. Cited: Lab. Code 1182.12, 1197; 29 U.S.C. 206; local ordinances. */
    public static ApplicableMinimumWage on(Employee e, WorkDay day, LawBook law) {
        return new Finder(e, law).on(day);
    }

    /**
     * Finds the applicable minimum day by day for one employee. When none of the facts it depends on can be missing, a
     * day's minimum is read from the law book's memo ({@link Minimums}), shared by every employee of the same employer
     * size, place and industry.
     */
    public static final class Finder {
        private final Employee e;
        private final LawBook law;
        private Minimums group;

        public Finder(Employee e, LawBook law) {
            this.e = e;
            this.law = law;
        }

        /** The applicable minimum on a workday. Cited: Lab. Code 1182.12, 1197; 29 U.S.C. 206; local ordinances. */
        public ApplicableMinimumWage on(WorkDay day) {
            Integer headcount = e.employerHeadcount();
            String industry = e.industry();
            if (headcount == null || e.workLocation() == null || "health_care".equals(industry)) {
                // a fact may be missing: computed for this employee, so the gap is named for them in the usual order
                return compute(law, day.date(), new EmployeeWorkplace(e, day));
            }
            // no fact can be missing: the day's minimum is the same for every employee of the same employer size, place
            // and industry, and is memoised per day with the figures of law (the same ParameterValues either way)
            String q = locality(e.workLocation(), day.city(), industry);
            Minimums g = group;
            if (g == null || !java.util.Objects.equals(g.locality(), q)) {
                g = new Minimums(headcount, q, industry);
                group = g;
            }
            return law.onDay(g, day.date());
        }
    }

    /**
     * What a day's minimum depends on besides the law, asked for in this order (so that, of several missing facts and
     * figures, the same one is reported first): the state minimum for the employer's size, the locality (the local
     * table's qualifier, or {@code null}), the industry (or {@code null}).
     */
    private interface Workplace {
        ParameterValue state(LawBook law, LocalDate d);

        String locality();

        String industry();
    }

    /** An employee's workplace on a workday, read from the employee's facts; a missing fact is named for them. */
    private record EmployeeWorkplace(Employee e, WorkDay day) implements Workplace {
        @Override
        public ParameterValue state(LawBook law, LocalDate d) {
            return EmployerSize.value(law, STATE_TABLE, e, d);
        }

        @Override
        public String locality() {
            return ApplicableMinimumWage.locality(RuleFacts.require(e.workLocation(), e.subject(), "work_location"),
                    day.city(), e.industry());
        }

        @Override
        public String industry() {
            if ("health_care".equals(e.industry())) {
                throw new MissingFactException(e.subject(), List.of("industry (the health care facility category: "
                        + "health_care_large_system, health_care_high_govt_payor, health_care_clinic or health_care_other)"));
            }
            return e.industry();
        }
    }

    /**
     * The minimums of one day for an employer of {@code headcount} employees, a place of work ({@code locality}, the
     * local table's qualifier, or {@code null}) and an {@code industry} (or {@code null}): the same for every employee
     * who shares them, so memoised per day by {@link LawBook#onDay} (equal groups share one memo). Used only when none
     * of these facts is missing.
     */
    record Minimums(int headcount, String locality, String industry) implements DayLaw<ApplicableMinimumWage>, Workplace {
        // written out: a record's generated equals and hashCode are bootstrapped on first use, which cost a cold start's
        // first evaluation about 40 ms
        @Override
        public boolean equals(Object o) {
            return o instanceof Minimums m && headcount == m.headcount && java.util.Objects.equals(locality, m.locality)
                    && java.util.Objects.equals(industry, m.industry);
        }

        @Override
        public int hashCode() {
            return (31 * headcount + java.util.Objects.hashCode(locality)) * 31 + java.util.Objects.hashCode(industry);
        }

        @Override
        public ParameterValue state(LawBook law, LocalDate d) {
            return EmployerSize.value(law, STATE_TABLE, headcount, d);
        }

        @Override
        public ApplicableMinimumWage lookUp(LawBook law, LocalDate d) {
            return compute(law, d, this);
        }
    }

    /** The layers of a day's minimum and the highest of them. */
    private static ApplicableMinimumWage compute(LawBook law, LocalDate d, Workplace w) {
        List<Layer> layers = new ArrayList<>(4);
        List<String> warnings = List.of();

        ParameterValue federal = law.value("us_min_wage_hourly", null, d);
        layers.add(new Layer(Kind.FEDERAL, federal, null));
        BigDecimal best = federal.decimal();

        ParameterValue state = w.state(law, d);
        String tier = DatedValue.ANY.equals(state.qualifier()) ? "all employers" : state.qualifier();
        layers.add(new Layer(Kind.STATE, state, tier));
        best = best.max(state.decimal());

        String q = w.locality();
        if (q != null) {
            if (knows(law, LOCAL, q)) {
                ParameterValue local = law.value(LOCAL, q, d);
                layers.add(new Layer(Kind.LOCAL, local, q));
                best = best.max(local.decimal());
            } else {
                warnings = List.of("no local minimum wage ordinance for " + q + " is in the tables; if one applies there,"
                        + " supply " + LOCAL + "[" + q + "] as a parameter overlay");
            }
        }

        String industry = w.industry();
        if (industry != null) {
            // fast food (Lab. Code 1475), one table; health care (Lab. Code 1182.14), by facility category
            String table = industry.equals("fast_food") ? FAST_FOOD : industry.startsWith("health_care_") ? HEALTH_CARE : null;
            if (table != null && !d.isBefore(firstDate(law, table))) {
                ParameterValue ind = law.value(table, table.equals(HEALTH_CARE) ? industry : null, d);
                layers.add(new Layer(Kind.INDUSTRY, ind, industry));
                best = best.max(ind.decimal());
            }
        }
        return new ApplicableMinimumWage(d, best, layers, warnings);
    }

    private static boolean knows(LawBook law, String table, String qualifier) {
        Parameter p = law.tables().get(table);
        if (p == null) {
            return false;
        }
        for (DatedValue v : p.values()) {
            if (v.qualifier().equals(qualifier)) {
                return true;
            }
        }
        return false;
    }

    /** An industry minimum exists from its table's first date (the statute's effective date); before, no layer. */
    private static LocalDate firstDate(LawBook law, String table) {
        Parameter p = law.tables().get(table);
        return p == null || p.values().isEmpty() ? LocalDate.MAX : p.firstDate();
    }
}
