package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.EmployerSize;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Commissioned employees, IWC Wage Orders 4 and 7, section 3(D): the overtime provisions do not apply to an
 * employee whose earnings EXCEED one and one-half times the minimum wage (for every hour worked) if MORE than
 * half of that employee's compensation represents commissions. Both prongs are tested for each pay period;
 * pay cannot be reallocated between periods (Peabody v. Time Warner Cable (2014) 59 Cal.4th 662). An
 * overtime exemption only: minimum wage, meal and rest still apply.
 */
public final class CommissionedEmployeeExemption {
    public static final String ID = "ca.wage.exemption.commissioned";
    static final String CITE = "IWC Wage Order 4, 3(D); IWC Wage Order 7, 3(D)";

    private CommissionedEmployeeExemption() {
    }

    /** Compensation for the period: every pay item except expense reimbursements (which are not wages). */
    public static BigDecimal compensation(PayPeriod p) {
        BigDecimal total = BigDecimal.ZERO;
        for (PayItem i : p.pay()) {
            if (i.kind() != PayKind.REIMBURSEMENT) {
                total = total.add(i.amount());
            }
        }
        return total;
    }

    public static BigDecimal commissions(PayPeriod p) {
        BigDecimal total = BigDecimal.ZERO;
        for (PayItem i : p.pay()) {
            if (i.kind() == PayKind.COMMISSION) {
                total = total.add(i.amount());
            }
        }
        return total;
    }

    public static Finding evaluate(Employee e, PayPeriod p, LawBook law) {
        String s = e.subject() + " pay period " + p.id();
        List<Finding> parts = new ArrayList<>();
        parts.add(Prongs.guard(ID + ".earnings", "Earnings exceed one and one-half times the minimum wage for every hour worked", s, CITE,
                () -> earnings(e, p, law, s)));
        parts.add(Prongs.guard(ID + ".commission-share", "More than half of compensation represents commissions", s, CITE,
                () -> commissionShare(p, law, s)));
        Finding.Builder test = Finding.of("The commissioned employee exemption applies for the pay period", s).citation(CITE)
                .citation("Peabody v. Time Warner Cable (2014) 59 Cal.4th 662");
        return Prongs.combine(test, parts, Prongs.allOf(parts));
    }

    /**
     * Earnings prong: compensation must be strictly greater than the sum over workdays of
     * hours x multiplier x the state minimum wage in force that day (exactly 1.5x fails).
     */
    static Finding earnings(Employee e, PayPeriod p, LawBook law, String s) {
        if (p.days().isEmpty()) {
            throw new MissingFactException(s, List.of("pay period " + p.id() + " days"));
        }
        Finding.Builder b = Prongs.prong(ID + ".earnings", "Earnings exceed one and one-half times the minimum wage for every hour worked", s, CITE);
        BigDecimal threshold = BigDecimal.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (WorkDay d : p.days()) {
            ParameterValue mult = law.value("ca_commission_exemption_min_earnings_multiplier", null, d.date());
            ParameterValue mw = EmployerSize.value(law, "ca_min_wage_hourly", e, d.date());
            b.parameter(mult).parameter(mw);
            threshold = threshold.add(d.hoursWorked().multiply(mult.decimal()).multiply(mw.decimal()));
            hours = hours.add(d.hoursWorked());
            terms.add(d.hoursWorked().toPlainString() + " x " + mult.text() + " x " + mw.text());
        }
        BigDecimal earned = compensation(p);
        boolean met = earned.compareTo(threshold) > 0;
        BigDecimal sum = threshold;
        BigDecimal worked = hours;
        return b.fact("hours_worked", hours).fact("compensation", earned)
                .amount(Amount.lazy("earnings_threshold", threshold, "USD", () -> String.join(" + ", terms) + " = " + sum.toPlainString() + " USD"))
                .amount(Amount.usd("compensation", earned, "pay items other than reimbursements"))
                .outcome(met).reason(() -> "earnings " + earned.toPlainString() + (met ? " exceed " : " do not exceed ") + sum.toPlainString()
                        + " USD (" + worked.toPlainString() + " hours)" + (earned.compareTo(sum) == 0 ? "; equal is not more" : ""))
                .build();
    }

    /** Commission prong: commissions / compensation strictly greater than the share parameter. */
    static Finding commissionShare(PayPeriod p, LawBook law, String s) {
        ParameterValue min = law.value("ca_commission_exemption_min_commission_share", null, p.end());
        BigDecimal total = compensation(p);
        BigDecimal comm = commissions(p);
        Finding.Builder b = Prongs.prong(ID + ".commission-share", "More than half of compensation represents commissions", s, CITE)
                .parameter(min).fact("commissions", comm).fact("compensation", total);
        if (total.signum() == 0) {
            return b.outcome(Outcome.NOT_MET).reason("no compensation in the pay period").build();
        }
        BigDecimal share = comm.divide(total, MathContext.DECIMAL64);
        boolean met = share.compareTo(min.decimal()) > 0;
        return b.amount(new Amount("commission_share", share, "fraction", comm.toPlainString() + " / " + total.toPlainString()))
                .outcome(met).reason(() -> "commissions are " + share.toPlainString() + " of compensation" + (met ? ", more than " : ", not more than ")
                        + min.text()).build();
    }
}
