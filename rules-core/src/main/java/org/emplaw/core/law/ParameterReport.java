package org.emplaw.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the loaded law covers: every table, its first date, how far its values are known, when they
 * were last checked, and the citations behind them. Used by {@code emplaw params}.
 */
public final class ParameterReport {
    private ParameterReport() {
    }

    /** One table's summary. */
    public record Coverage(String name, String unit, String origin, boolean derived, String formula, LocalDate firstDate,
                           LocalDate lastChange, String knownUntil, LocalDate verifiedOn, int rows, int unverifiedRows,
                           List<String> citations) {
    }

    public static List<Coverage> coverage(LawBook book) {
        List<Coverage> out = new ArrayList<>();
        for (Parameter p : book.tables().values()) {
            Set<String> cites = new LinkedHashSet<>();
            int unverified = 0;
            LocalDate last = null;
            for (DatedValue v : p.values()) {
                cites.add(v.citation());
                if (!v.status().usable()) {
                    unverified++;
                }
                last = v.effectiveFrom();
            }
            if (p.derived()) {
                cites.add(p.formulaCitation());
            }
            out.add(new Coverage(p.name(), p.unit(), p.origin(), p.derived(),
                    p.derived() ? p.formula().text() : null, p.firstDate(), last,
                    p.knownUntil().isEmpty() ? "open" : p.knownUntil().toString(), p.verifiedOn(),
                    p.values().size(), unverified, List.copyOf(cites)));
        }
        return out;
    }

    /** A plain-text report; with {@code asOf}, the value each table gives on that date (or why it gives none). */
    public static String text(LawBook book, LocalDate asOf) {
        StringBuilder sb = new StringBuilder();
        for (Coverage c : coverage(book)) {
            sb.append(c.name()).append(" (").append(c.unit() == null ? "-" : c.unit()).append(") from ")
                    .append(c.origin()).append('\n');
            if (c.derived()) {
                sb.append("  derived: ").append(c.formula()).append('\n');
            } else {
                sb.append("  covers ").append(c.firstDate()).append(" .. last change ").append(c.lastChange())
                        .append(", known until: ").append(c.knownUntil())
                        .append(", verified on: ").append(c.verifiedOn() == null ? "-" : c.verifiedOn())
                        .append(", rows: ").append(c.rows());
                if (c.unverifiedRows() > 0) {
                    sb.append(" (").append(c.unverifiedRows()).append(" unverified: must be supplied)");
                }
                sb.append('\n');
            }
            Parameter p = book.tables().get(c.name());
            if (asOf == null) {
                for (DatedValue v : p.values()) {
                    sb.append("    ").append(v.effectiveFrom()).append(' ').append(v.qualifier()).append(" = ")
                            .append(v.value() == null ? "(none)" : v.text()).append("  [").append(v.status().label())
                            .append("] ").append(v.citation()).append('\n');
                }
            } else {
                Set<String> qualifiers = new LinkedHashSet<>();
                for (DatedValue v : p.values()) {
                    qualifiers.add(v.qualifier());
                }
                if (qualifiers.isEmpty()) {
                    qualifiers.add(DatedValue.ANY);
                }
                for (String q : qualifiers) {
                    try {
                        ParameterValue pv = book.value(c.name(), q.equals(DatedValue.ANY) ? null : q, asOf);
                        sb.append("    on ").append(asOf).append(' ').append(q).append(" = ").append(pv.text())
                                .append(" (from ").append(pv.effectiveFrom()).append("; ").append(pv.citation())
                                .append(')').append(pv.warning() == null ? "" : "  WARNING: " + pv.warning())
                                .append('\n');
                    } catch (MissingLawException e) {
                        sb.append("    on ").append(asOf).append(' ').append(q).append(": ").append(e.getMessage())
                                .append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
