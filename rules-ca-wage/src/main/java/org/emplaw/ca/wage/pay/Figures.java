package org.emplaw.ca.wage.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.rules.MissingFactException;

/** Number formatting and rounding for the explanations of the pay-period findings, and their gap handling. */
public final class Figures {
    /** Precision of intermediate divisions (rates per hour); nothing is rounded before the output. */
    public static final MathContext DIVISION = MathContext.DECIMAL64;

    private Figures() {
    }

    /** Money as output: rounded half-up to the cent (the only rounding the pay-period findings apply). */
    public static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, DIVISION);
    }

    /** Hours or money in explanations: at least two decimals, up to six, trailing zeros beyond the cent dropped. */
    public static String n(BigDecimal v) {
        if (v.scale() == 2) {
            return v.toPlainString(); // already in the output form (zeros to the cent are kept)
        }
        if (v.scale() == 0 || v.scale() == 1) {
            return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2, RoundingMode.UNNECESSARY);
        } else if (s.scale() > 6) {
            s = s.setScale(6, RoundingMode.HALF_UP);
            return s.toPlainString() + "...";
        }
        return s.toPlainString();
    }

    /** A multiplier or threshold as in the law ("1.5", "8"). */
    public static String x(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * A finding's fact written as text on first read ({@code Finding.Builder.fact} keeps values as given and turns them
     * into text with {@code String.valueOf}): for facts that are formatted from several values. The supplier must only
     * format values it captured (immutable ones) and give the same text each time.
     */
    public static Object text(Supplier<String> text) {
        return new LazyText(text);
    }

    /** Text formatted when first read, then kept. */
    private static final class LazyText {
        private final Supplier<String> text;
        private volatile String written;

        LazyText(Supplier<String> text) {
            this.text = text;
        }

        @Override
        public String toString() {
            String s = written;
            if (s == null) {
                s = text.get();
                written = s;
            }
            return s;
        }
    }

    public static BigDecimal sum(List<BigDecimal> vs) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : vs) {
            s = s.add(v);
        }
        return s;
    }

    /** A computation that needs a pay-period calculation which could not be made. */
    public interface Computation {
        Finding compute();
    }

    /**
     * Runs {@code c}; when a figure of law or a fact it needs is missing, answers the question for {@code subject}
     * explicitly (NEEDS_CONFIGURATION naming the parameter, or INSUFFICIENT_FACTS naming the fact) instead of letting
     * the gap be reported against the whole request.
     */
    public static Finding guarded(String question, String subject, Computation c) {
        try {
            return c.compute();
        } catch (MissingLawException m) {
            boolean qualifier = m.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED;
            Finding.Builder b = Finding.of(question, subject)
                    .outcome(qualifier ? Outcome.INSUFFICIENT_FACTS : Outcome.NEEDS_CONFIGURATION)
                    .reason(m.getMessage()).missing(m.reference());
            if (qualifier && m.parameter().equals("ca_min_wage_hourly")) {
                b.missing("employer_headcount");
            }
            return b.build();
        } catch (MissingFactException m) {
            Finding.Builder b = Finding.of(question, subject).outcome(Outcome.INSUFFICIENT_FACTS).reason(m.getMessage());
            m.facts().forEach(b::missing);
            return b.build();
        }
    }
}
