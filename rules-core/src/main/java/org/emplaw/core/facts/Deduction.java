package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount deducted from pay, with its reason. */
public record Deduction(DeductionReason reason, BigDecimal amount, LocalDate date, String note) {
    public Deduction {
        Check.required(reason, "deduction", "reason");
        Check.required(amount, "deduction " + reason, "amount");
        Check.nonNegative(amount, "deduction " + reason, "amount");
    }
}
