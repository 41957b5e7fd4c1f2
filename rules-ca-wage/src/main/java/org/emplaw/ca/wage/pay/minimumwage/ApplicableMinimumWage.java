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
 * @param date     the workday
 * @param rate     the applicable (highest) minimum
 * @param bound    the layer that bound, e.g. {@code local ordinance (los_angeles_city)}
 * @param layers   every layer with its rate, for the explanation
 * @param used     the figures of law looked up
 * @param warnings gaps that are not errors (a city whose ordinance, if any, is not in the tables)
 */
public record ApplicableMinimumWage(LocalDate date, BigDecimal rate, String bound, List<String> layers,
                                    List<ParameterValue> used, List<String> warnings) {

    static final String LOCAL = "local_min_wage_hourly";
    static final String FAST_FOOD = "ca_fast_food_min_wage_hourly";
    static final String HEALTH_CARE = "ca_health_care_min_wage_hourly";

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
        LocalDate d = day.date();
        List<ParameterValue> used = new ArrayList<>();
        List<String> layers = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BigDecimal best = null;
        String bound = null;

        ParameterValue federal = law.value("us_min_wage_hourly", null, d);
        used.add(federal);
        layers.add("federal " + n(federal.decimal()));
        best = federal.decimal();
        bound = "federal (29 U.S.C. 206)";

        ParameterValue state = EmployerSize.value(law, "ca_min_wage_hourly", e, d);
        used.add(state);
        String tier = DatedValue.ANY.equals(state.qualifier()) ? "all employers" : state.qualifier();
        layers.add("state " + n(state.decimal()) + " (" + tier + ")");
        if (state.decimal().compareTo(best) > 0) {
            best = state.decimal();
            bound = "state (Lab. Code 1182.12, " + tier + ")";
        } else if (state.decimal().compareTo(best) == 0) {
            bound = bound + " = state (" + tier + ")";
        }

        WorkLocation where = RuleFacts.require(e.workLocation(), e.subject(), "work_location");
        String q = locality(where, day.city(), e.industry());
        if (q != null) {
            if (knows(law, LOCAL, q)) {
                ParameterValue local = law.value(LOCAL, q, d);
                used.add(local);
                layers.add("local " + n(local.decimal()) + " (" + q + ")");
                int c = local.decimal().compareTo(best);
                if (c > 0) {
                    best = local.decimal();
                    bound = "local ordinance (" + q + ")";
                } else if (c == 0) {
                    bound = bound + " = local ordinance (" + q + ")";
                }
            } else {
                warnings.add("no local minimum wage ordinance for " + q + " is in the tables; if one applies there, supply "
                        + LOCAL + "[" + q + "] as a parameter overlay");
            }
        }

        String industry = e.industry();
        if (industry != null) {
            String table = null;
            String iq = null;
            if (industry.equals("fast_food")) {
                table = FAST_FOOD;
            } else if (industry.equals("health_care")) {
                throw new MissingFactException(e.subject(), List.of("industry (the health care facility category: "
                        + "health_care_large_system, health_care_high_govt_payor, health_care_clinic or health_care_other)"));
            } else if (industry.startsWith("health_care_")) {
                table = HEALTH_CARE;
                iq = industry;
            }
            if (table != null && !d.isBefore(firstDate(law, table))) {
                ParameterValue ind = law.value(table, iq, d);
                used.add(ind);
                layers.add("industry " + n(ind.decimal()) + " (" + industry + ")");
                int c = ind.decimal().compareTo(best);
                if (c > 0) {
                    best = ind.decimal();
                    bound = "industry (" + industry + ")";
                } else if (c == 0) {
                    bound = bound + " = industry (" + industry + ")";
                }
            }
        }
        return new ApplicableMinimumWage(d, best, bound, layers, used, warnings);
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
