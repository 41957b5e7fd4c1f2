package org.emplaw.core.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.emplaw.core.io.InputException;

/** An inclusive range of dates. */
public record DateRange(LocalDate from, LocalDate to, String kind) {
    public DateRange {
        Check.required(from, "date range", "from");
        Check.required(to, "date range", "to");
        if (to.isBefore(from)) {
            throw new InputException("date range " + from + ".." + to, "to", "is before 'from'");
        }
        kind = Check.code(kind);
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to, null);
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    public boolean overlaps(DateRange o) {
        return !o.to.isBefore(from) && !o.from.isAfter(to);
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
