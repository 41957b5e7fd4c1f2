package org.emplaw.core.facts;

import java.math.BigDecimal;

/**
 * A line of wages paid for a pay period.
 *
 * @param kind   what was paid
 * @param amount amount paid
 * @param hours  hours the line pays for, where it is hours-based
 * @param rate   rate per hour, where it is hours-based
 * @param note   free text from the payroll record
 */
public record PayItem(PayKind kind, BigDecimal amount, BigDecimal hours, BigDecimal rate, String note) {
    public PayItem {
        Check.required(kind, "pay item", "kind");
        String rec = "pay item " + kind.name().toLowerCase(java.util.Locale.ROOT);
        Check.required(amount, rec, "amount");
        Check.nonNegative(amount, rec, "amount");
        Check.nonNegative(hours, rec, "hours");
        Check.nonNegative(rate, rec, "rate");
    }

    public static PayItem of(PayKind kind, String amount) {
        return new PayItem(kind, new BigDecimal(amount), null, null, null);
    }
}
