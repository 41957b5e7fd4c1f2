package org.emplaw.examples.embed;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.MealPeriod;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;

/**
 * How an HRIS or payroll vendor embeds emplaw: build the evaluator once at start-up (it loads every
 * rule module on the classpath and is thread-safe), then, for each pay run, hand it an employee and a
 * pay period taken from your own data model and show the findings with their citations.
 *
 * <p>Run it with {@code java -cp examples/target/emplaw.jar org.emplaw.examples.embed.HrisEmbeddingExample}.
 * This is an application, so it prints to standard output; a library would log through SLF4J.
 */
public final class HrisEmbeddingExample {
    /** Built once per application (for example a Spring bean or a static holder). */
    private final Emplaw emplaw;

    public HrisEmbeddingExample(Emplaw emplaw) {
        this.emplaw = emplaw;
    }

    /** The vendor's own types, mapped to emplaw facts at the boundary. */
    record VendorTimecard(LocalDate day, String hours, String mealStartedAfterHours, int restBreaks) {
    }

    /** Checks one employee's pay run: the findings for the pay period, in a stable order. */
    public EvaluationResult checkPayRun(Employee employee, PayPeriod period) {
        return emplaw.evaluate(EvaluationRequest.asOf(period.end())     // the law in force for the period, never the clock
                .subject(employee.subject() + " pay period " + period.id())
                .fact(employee).fact(period).build());
    }

    /** A sample employee: hourly, non-exempt, in Los Angeles. */
    public static Employee sampleEmployee() {
        return Employee.builder("E-1001").workLocation("CA", "Los Angeles", "Los Angeles").employerHeadcount(250)
                .hireDate(LocalDate.of(2021, 4, 5)).hourly("17.00").classification(Classification.NON_EXEMPT).build();
    }

    /** A sample pay period: five eight-hour days and one ten-hour day, all paid at straight time. */
    public static PayPeriod samplePayPeriod() {
        List<VendorTimecard> cards = List.of(
                new VendorTimecard(LocalDate.of(2025, 7, 7), "8", "4", 2), new VendorTimecard(LocalDate.of(2025, 7, 8), "8", "4", 2),
                new VendorTimecard(LocalDate.of(2025, 7, 9), "10", "4.5", 2), new VendorTimecard(LocalDate.of(2025, 7, 10), "8", "5.5", 2),
                new VendorTimecard(LocalDate.of(2025, 7, 11), "8", "4", 1));
        List<WorkDay> days = new ArrayList<>();
        BigDecimal hours = BigDecimal.ZERO;
        for (VendorTimecard c : cards) {
            days.add(new WorkDay(c.day(), new BigDecimal(c.hours()),
                    List.of(new MealPeriod(new BigDecimal(c.mealStartedAfterHours()), 30, true)), false, false, c.restBreaks(), null));
            hours = hours.add(new BigDecimal(c.hours()));
        }
        BigDecimal rate = new BigDecimal("17.00");
        PayItem straight = new PayItem(PayKind.STRAIGHT_TIME, hours.multiply(rate), hours, rate, null);
        return new PayPeriod("2025-07-06/2025-07-12", "E-1001", LocalDate.of(2025, 7, 6), LocalDate.of(2025, 7, 12),
                DayOfWeek.SUNDAY, days, List.of(straight), List.of(), LocalDate.of(2025, 7, 18));
    }

    /** Prints findings with their law, the way a vendor's screen or pay-run report would show them. */
    static void print(EvaluationResult r, PrintStream out) {
        out.println(r.subject() + " (as of " + r.request().asOf() + "): " + r.findings().size() + " findings");
        for (Finding f : r.findings()) {
            out.println("- [" + f.outcome() + "] " + f.question());
            if (!f.reason().isEmpty()) {
                out.println("    " + f.reason());
            }
            Amount owed = f.amount("owed");
            if (owed != null) {
                out.println("    owed " + owed.value().toPlainString() + " " + owed.unit() + ": " + owed.computation());
            }
            out.println("    law: " + String.join("; ", f.citations()) + "   (rule " + f.ruleId() + ")");
        }
        out.println("receipt: input " + r.receipt().inputHash().substring(0, 12) + ", findings "
                + r.receipt().findingsHash().substring(0, 12));
    }

    public static void main(String[] args) {
        try (Emplaw emplaw = Emplaw.builder().discoverModules().build()) {
            HrisEmbeddingExample hris = new HrisEmbeddingExample(emplaw);
            print(hris.checkPayRun(sampleEmployee(), samplePayPeriod()), System.out);
        }
    }
}
