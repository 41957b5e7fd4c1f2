package org.emplaw.examples.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.finding.ParameterUse;
import org.emplaw.core.finding.TraceEntry;

/**
 * What the report needs, in memory that does not grow with the input: totals by outcome, by rule and
 * by month (bounded by the number of rules and months), and the employees with the most owed (a
 * bounded top list, with their violations and one explanation each, for the drill-down). A violation
 * is a NOT_MET finding; the amount owed is its amount named {@code owed}.
 */
public final class AuditTotals {
    public static final String OWED = "owed";

    /** Totals for one rule. */
    public static final class RuleStats {
        public final String ruleId;
        public String ruleName = "";
        public final Set<String> citations = new LinkedHashSet<>();
        public final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        public BigDecimal owed = BigDecimal.ZERO;
        public final Set<String> missing = new LinkedHashSet<>();

        RuleStats(String ruleId) {
            this.ruleId = ruleId;
        }

        public long count(Outcome o) {
            return outcomes.getOrDefault(o, 0L);
        }
    }

    /** One employee's totals, and for the top employees their violations and an explanation. */
    public static final class EmployeeStats {
        public final String employeeId;
        public final String ref;
        public long evaluations;
        public long violations;
        public BigDecimal owed = BigDecimal.ZERO;
        public final List<Finding> violationFindings = new ArrayList<>();
        public final List<TraceEntry> explanation = new ArrayList<>();
        public final Set<String> parameters = new LinkedHashSet<>();
        public String explainedSubject;
        public final Set<String> notMetRules = new java.util.HashSet<>();

        public EmployeeStats(String employeeId, String ref) {
            this.employeeId = employeeId;
            this.ref = ref;
        }
    }

    private static final int KEEP_FINDINGS = 40;
    private static final int KEEP_TRACE = 80;

    public final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
    public final Map<String, RuleStats> rules = new TreeMap<>();
    public final Map<YearMonth, BigDecimal> owedByMonth = new TreeMap<>();
    /** Per rule: NOT_MET findings, and employees with at least one. */
    public final Map<String, Long> notMetFindings = new TreeMap<>();
    public final Map<String, Long> notMetEmployees = new TreeMap<>();
    public BigDecimal owed = BigDecimal.ZERO;
    public long evaluations;
    /** Pay periods in the evaluations that succeeded (one per evaluation, or an employee's in one). */
    public long payPeriodsEvaluated;
    public long findings;
    public long employeesEvaluated;
    public long employeesWithViolations;
    private final int topSize;
    private final PriorityQueue<EmployeeStats> top;

    public AuditTotals(int topSize) {
        this.topSize = topSize;
        this.top = new PriorityQueue<>(Comparator.comparing((EmployeeStats e) -> e.owed)
                .thenComparingLong(e -> e.violations).thenComparing(e -> e.employeeId, Comparator.reverseOrder()));
    }

    /** The amount owed by a finding: its {@code owed} amount when NOT_MET, else zero. */
    public static BigDecimal owed(Finding f) {
        if (f.outcome() != Outcome.NOT_MET) {
            return BigDecimal.ZERO;
        }
        Amount a = f.amount(OWED);
        return a == null ? BigDecimal.ZERO : a.value();
    }

    /** Adds one evaluation's findings to the totals and to the employee's. */
    public void add(EvaluationResult r, EmployeeStats emp) {
        YearMonth month = YearMonth.from(r.request().asOf());
        add(r, emp, f -> month);
    }

    /**
     * Adds one evaluation's findings, each owed amount in the month {@code monthOf} gives for its finding (the month of
     * its pay period's end, in a request of several pay periods).
     */
    public void add(EvaluationResult r, EmployeeStats emp, java.util.function.Function<Finding, YearMonth> monthOf) {
        evaluations++;
        emp.evaluations++;
        boolean explained = false;
        for (Finding f : r.findings()) {
            findings++;
            outcomes.merge(f.outcome(), 1L, Long::sum);
            RuleStats rs = rules.computeIfAbsent(f.ruleId(), RuleStats::new);
            if (rs.ruleName.isEmpty()) {
                rs.ruleName = f.ruleName();
            }
            if (rs.citations.size() < 6) {
                rs.citations.addAll(f.citations().subList(0, Math.min(2, f.citations().size())));
            }
            rs.outcomes.merge(f.outcome(), 1L, Long::sum);
            if (rs.missing.size() < 8) {
                rs.missing.addAll(f.missing());
            }
            if (f.outcome() == Outcome.NOT_MET) {
                BigDecimal o = owed(f);
                rs.owed = rs.owed.add(o);
                owed = owed.add(o);
                owedByMonth.merge(monthOf.apply(f), o, BigDecimal::add);
                emp.violations++;
                emp.notMetRules.add(f.ruleId());
                notMetFindings.merge(f.ruleId(), 1L, Long::sum);
                emp.owed = emp.owed.add(o);
                if (emp.violationFindings.size() < KEEP_FINDINGS) {
                    emp.violationFindings.add(f);
                }
                for (ParameterUse p : f.parameters()) {
                    if (emp.parameters.size() < 30) {
                        emp.parameters.add(p.label() + " (" + p.citation() + ")");
                    }
                }
                if (emp.explanation.isEmpty() && !explained) {
                    explained = true;
                    emp.explainedSubject = r.subject();
                    List<TraceEntry> t = r.trace();
                    emp.explanation.addAll(t.subList(0, Math.min(KEEP_TRACE, t.size())));
                }
            }
        }
    }

    /** An employee is complete: counts it and keeps it if it is among the top by amount owed. */
    public void finish(EmployeeStats emp) {
        if (emp.evaluations == 0) {
            return;
        }
        employeesEvaluated++;
        for (String r : emp.notMetRules) {
            notMetEmployees.merge(r, 1L, Long::sum);
        }
        if (emp.violations > 0) {
            employeesWithViolations++;
            top.add(emp);
            if (top.size() > topSize) {
                top.poll();
            }
        }
    }

    /** The kept employees, most owed first. */
    public List<EmployeeStats> topEmployees() {
        List<EmployeeStats> out = new ArrayList<>(top);
        out.sort(top.comparator().reversed());
        return out;
    }

    public long violations() {
        return outcomes.getOrDefault(Outcome.NOT_MET, 0L);
    }
}
