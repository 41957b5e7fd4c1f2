package org.emplaw.ca.wage.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.pay.overtime.OvertimeHours;
import org.emplaw.ca.wage.pay.overtime.OvertimeLaw;
import org.emplaw.ca.wage.pay.overtime.RegularRate;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.rules.MissingFactException;

/**
 * One employee's pay period as the pay-period rules read it: who it is, which rules reach the employee
 * ({@link Coverage}), the workweeks of the period with their hours split by Lab. Code 510(a), and the regular rate of
 * pay. Inserted once per pay period by the coverage rules, so every topic rule (minimum wage, overtime, meal and rest
 * periods) matches one fact and the arithmetic is done once. Computed lazily; a missing fact or figure of law is
 * remembered and rethrown to each rule that needs it, which answers for its own subject.
 */
public final class PayPeriodAnalysis {
    private final Employee employee;
    private final PayPeriod period;
    private final Coverage coverage;
    private final LawBook law;
    private List<WorkDay> days;
    private List<Week> weeks;
    private RegularRate regularRate;
    private RuntimeException failure;
    private RuntimeException rateFailure;
    private String subject;
    private String employeeSubject;
    /** Workweek start, subject pairs written so far. */
    private final List<Object> weekSubjects = new ArrayList<>(6);

    /** A workweek of the period with the overtime law in force at its start and its hours split. */
    public record Week(Workweek week, OvertimeLaw law, OvertimeHours hours) {
    }

    public PayPeriodAnalysis(Employee employee, PayPeriod period, Coverage coverage, LawBook law) {
        this.employee = employee;
        this.period = period;
        this.coverage = coverage;
        this.law = law;
    }

    public Employee employee() {
        return employee;
    }

    public PayPeriod period() {
        return period;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** Read by the DRL: no minimum-wage rule reaches an outside salesperson. */
    public boolean isMinimumWageExempt() {
        return coverage.minimumWageExempt();
    }

    /** Read by the DRL: whether the meal and rest period rules reach the employee ({@link Coverage#mealRestApply()}). */
    public boolean isMealRestCovered() {
        return coverage.mealRestApply();
    }

    /** Read by the DRL: the pay period holds the employee's separation date, so its wages are the final wages. */
    public boolean isFinalPayPeriod() {
        java.time.LocalDate s = employee.separationDate();
        return s != null && !s.isBefore(period.start()) && !s.isAfter(period.end());
    }

    public String employeeId() {
        return employee.id();
    }

    public String subject() {
        String s = subject;
        if (s == null) {
            s = employeeSubject() + " pay period " + period.id();
            subject = s;
        }
        return s;
    }

    /** The employee's subject ({@link Employee#subject()}), written once per pay period. */
    private String employeeSubject() {
        String s = employeeSubject;
        if (s == null) {
            s = employee.subject();
            employeeSubject = s;
        }
        return s;
    }

    public String weekSubject(Workweek w) {
        return weekSubject(w.start());
    }

    /** The subject of the workweek starting on {@code start} (written once per week: three rules name each week). */
    public String weekSubject(java.time.LocalDate start) {
        for (int i = 0; i < weekSubjects.size(); i += 2) {
            if (weekSubjects.get(i).equals(start)) {
                return (String) weekSubjects.get(i + 1);
            }
        }
        String s = employeeSubject() + " workweek " + start;
        weekSubjects.add(start);
        weekSubjects.add(s);
        return s;
    }

    public String daySubject(java.time.LocalDate d) {
        return employeeSubject() + " workday " + d;
    }

    /** The workdays recorded in the period, in date order (sorted once, shared by the topic rules). */
    public List<WorkDay> days() {
        List<WorkDay> d = days;
        if (d == null) {
            d = Workweek.inDateOrder(period.days());
            days = d;
        }
        return d;
    }

    /** The workweeks of the period with their hours split (Lab. Code 510(a)). */
    public List<Week> weeks() {
        if (weeks == null && failure == null) {
            try {
                List<Week> out = new ArrayList<>();
                for (Workweek w : Workweek.split(period, days(), subject())) {
                    OvertimeLaw ol = OvertimeLaw.on(law, w.from());
                    out.add(new Week(w, ol, OvertimeHours.of(w, ol)));
                }
                weeks = List.copyOf(out);
            } catch (MissingLawException | MissingFactException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw copy(failure);
        }
        return weeks;
    }

    /** The week containing a date, or {@code null}. */
    public Week weekOf(java.time.LocalDate d) {
        for (Week w : weeks()) {
            if (!d.isBefore(w.week().from()) && !d.isAfter(w.week().to())) {
                return w;
            }
        }
        return null;
    }

    public BigDecimal totalHours() {
        BigDecimal h = BigDecimal.ZERO;
        for (Week w : weeks()) {
            h = h.add(w.hours().total());
        }
        return h;
    }

    public BigDecimal nonOvertimeHours() {
        BigDecimal h = BigDecimal.ZERO;
        for (Week w : weeks()) {
            h = h.add(w.hours().straight());
        }
        return h;
    }

    /** The regular rate of pay for the period (also the "regular rate of compensation" of Lab. Code 226.7, Ferra). */
    public RegularRate regularRate() {
        if (regularRate == null && rateFailure == null) {
            try {
                regularRate = RegularRate.of(employee, period, totalHours(), nonOvertimeHours(), law, period.start());
            } catch (MissingLawException | MissingFactException e) {
                rateFailure = e;
            }
        }
        if (rateFailure != null) {
            throw copy(rateFailure);
        }
        return regularRate;
    }

    /** Total paid in the period under the given kinds. */
    public BigDecimal paid(PayKind... kinds) {
        BigDecimal s = BigDecimal.ZERO;
        for (PayItem i : period.pay()) {
            for (PayKind k : kinds) {
                if (i.kind() == k) {
                    s = s.add(i.amount());
                }
            }
        }
        return s;
    }

    private static RuntimeException copy(RuntimeException e) {
        if (e instanceof MissingLawException m) {
            return m.copy();
        }
        MissingFactException m = (MissingFactException) e;
        return new MissingFactException(m.subject(), m.facts());
    }

    @Override
    public String toString() {
        return "pay period analysis of " + subject();
    }
}
