package org.emplaw.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Integrity checks over loaded law, run in every module's build: every value cited with a usable or
 * explicitly unverified status (enforced when tables are read), no two values on the same date and
 * qualifier (enforced when tables are read and merged), every derived parameter computable wherever
 * its inputs are, and no gap: from the first value of each qualifier to the table's last change, a
 * lookup on the first of every month answers a value or an explicit reason (unverified, past its
 * known-until date), never "no value".
 */
public final class LawIntegrity {
    private LawIntegrity() {
    }

    /** The problems found (empty when the law is sound). */
    public static List<String> problems(LawBook book) {
        List<String> out = new ArrayList<>();
        for (Parameter p : book.tables().values()) {
            if (p.derived()) {
                continue;
            }
            LocalDate last = p.values().get(p.values().size() - 1).effectiveFrom();
            Set<String> qualifiers = new LinkedHashSet<>();
            p.values().forEach(v -> qualifiers.add(v.qualifier()));
            for (String q : qualifiers) {
                LocalDate first = null;
                for (DatedValue v : p.values()) {
                    if (v.qualifier().equals(q) || (first == null && v.qualifier().equals(DatedValue.ANY))) {
                        first = first == null ? v.effectiveFrom() : first;
                    }
                }
                for (LocalDate d = first.withDayOfMonth(1).plusMonths(1); !d.isAfter(last); d = d.plusMonths(1)) {
                    try {
                        book.value(p.name(), q.equals(DatedValue.ANY) ? null : q, d);
                    } catch (MissingLawException e) {
                        if (e.reason() != MissingLawException.Reason.UNVERIFIED
                                && e.reason() != MissingLawException.Reason.AFTER_KNOWN_UNTIL
                                && !(q.equals(DatedValue.ANY) && e.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED)) {
                            out.add(p.origin() + ": " + e.getMessage());
                            break;
                        }
                    }
                }
            }
        }
        for (Parameter p : book.tables().values()) {
            if (!p.derived()) {
                continue;
            }
            // wherever every input has a value, the formula must compute
            Parameter anchor = null;
            for (String in : p.formula().inputs()) {
                Parameter ip = book.tables().get(in);
                if (ip != null && !ip.derived() && (anchor == null || ip.values().size() > anchor.values().size())) {
                    anchor = ip;
                }
            }
            if (anchor == null) {
                continue;
            }
            for (DatedValue v : anchor.values()) {
                if (!v.status().usable()) {
                    continue;
                }
                try {
                    book.value(p.name(), v.qualifier().equals(DatedValue.ANY) ? null : v.qualifier(), v.effectiveFrom());
                } catch (MissingLawException e) {
                    if (e.reason() == MissingLawException.Reason.NOT_DEFINED) {
                        out.add(p.origin() + ": derived " + p.name() + " cannot be computed on " + v.effectiveFrom()
                                + ": " + e.getMessage());
                    }
                } catch (RuntimeException e) {
                    out.add(p.origin() + ": derived " + p.name() + " fails on " + v.effectiveFrom() + ": " + e);
                }
            }
        }
        return out;
    }
}
