package org.emplaw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emplaw.core.Emplaw;
import org.emplaw.examples.audit.AuditRun;
import org.emplaw.examples.audit.CsvParser;
import org.emplaw.examples.audit.Expected;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.sample.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code emplaw audit --requests employee}: one request per employee holding all its pay periods. The pay-period findings
 * (minimum wage, overtime, meal, rest) are those of one request per pay period, row for row, attributed to the same pay
 * period and record; employee-level findings come once per employee; bad rows cost only their own pay period; and Lab.
 * Code 226(e) damages are computed over all the employee's wage statements.
 */
class EmployeeRequestsAuditTest {
    static final Set<String> PAY_PERIOD_RULES = Set.of("ca.wage.minimum-wage.pay-period", "ca.wage.overtime.workweek",
            "ca.wage.meal-period.workday", "ca.wage.rest-period.workday");
    static Emplaw emplaw;

    @BeforeAll
    static void build() {
        emplaw = Emplaw.builder().discoverModules().moduleFolder(TestPaths.template()).threads(2).build();
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    static AuditRun.Result audit(Path data, Path out, Map<String, String> options, boolean perEmployee) throws Exception {
        return AuditRun.run(emplaw, new AuditRun.Config(data, out, null, options, Places.bundled(), false, 10, "test", perEmployee),
                new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    /** findings.csv as rows (column name to value). */
    static List<Map<String, String>> rows(Path csv) throws Exception {
        List<List<String>> all = new ArrayList<>();
        CsvParser p = new CsvParser(new StringReader(Files.readString(csv)), csv.toString());
        List<String> r;
        while ((r = p.next()) != null) {
            all.add(r);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : all.subList(1, all.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                m.put(all.get(0).get(i), row.get(i));
            }
            out.add(m);
        }
        return out;
    }

    /** The pay-period findings by employee, pay period, subject and rule, with every column but the request's as_of. */
    static Map<String, Map<String, String>> payPeriodRows(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (Map<String, String> r : rows) {
            if (PAY_PERIOD_RULES.contains(r.get("rule_id")) || r.get("rule_id").startsWith("us-ca-berkeley.")) {
                Map<String, String> m = new TreeMap<>(r);
                m.remove("as_of");
                assertThat(out.put(r.get("employee_id") + "|" + r.get("pay_period_id") + "|" + r.get("subject") + "|" + r.get("rule_id"), m))
                        .isNull();
            }
        }
        return out;
    }

    @Test
    void the_sample_gives_the_same_pay_period_findings_and_the_employee_level_ones_once_per_employee(@TempDir Path dir) throws Exception {
        Path data = SampleData.payroll(dir.resolve("in"));
        AuditRun.Result perPeriod = audit(data, dir.resolve("pp"), Map.of(), false);
        AuditRun.Result perEmployee = audit(data, dir.resolve("emp"), Map.of(), true);
        assertThat(perEmployee.reconciles()).isTrue();
        assertThat(perEmployee.ledger().errorCount()).isZero();
        assertThat(perEmployee.totals().evaluations).isEqualTo(150);
        assertThat(perEmployee.totals().payPeriodsEvaluated).isEqualTo(3900);
        assertThat(perPeriod.totals().payPeriodsEvaluated).isEqualTo(3900);
        Expected expected = Expected.parse(Files.readString(data.resolve("expected.yaml")), "expected.yaml");
        assertThat(expected.compare(perEmployee.totals())).allSatisfy(c -> assertThat(c.ok()).as(c.toString()).isTrue());

        List<Map<String, String>> pp = rows(perPeriod.findingsCsv());
        List<Map<String, String>> emp = rows(perEmployee.findingsCsv());
        Map<String, Map<String, String>> a = payPeriodRows(pp);
        Map<String, Map<String, String>> b = payPeriodRows(emp);
        assertThat(a).hasSizeGreaterThan(20_000);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (Map.Entry<String, Map<String, String>> e : a.entrySet()) {
            assertThat(b.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        // the same amounts owed in total, in the same months
        assertThat(perEmployee.totals().owed).isEqualByComparingTo(perPeriod.totals().owed);
        assertThat(perEmployee.totals().owedByMonth).isEqualTo(perPeriod.totals().owedByMonth);
        // employee-level questions once per employee (not once per pay period), without a pay period
        assertThat(emp).filteredOn(r -> r.get("rule_id").equals("ca.wage.obligation.bereavement-leave")).hasSize(150)
                .allSatisfy(r -> assertThat(r.get("pay_period_id")).isEmpty());
        assertThat(pp).filteredOn(r -> r.get("rule_id").equals("ca.wage.obligation.bereavement-leave")).hasSize(3900);
        assertThat(emp).filteredOn(r -> r.get("rule_id").equals("ca.wage.penalty.wage-statement")).hasSize(150);
    }

    @Test
    void a_bad_row_costs_only_its_own_pay_period_and_every_record_is_accounted_for(@TempDir Path dir) throws Exception {
        Path data = AuditInputsTest.write(Files.createDirectories(dir.resolve("in")), Map.of("employees.csv", AuditInputsTest.EMPLOYEES,
                "positions.csv", AuditInputsTest.POSITIONS, "time.csv", AuditInputsTest.TIME, "pay.csv", AuditInputsTest.PAY));
        AuditRun.Result perPeriod = audit(data, dir.resolve("pp"), Map.of(), false);
        AuditRun.Result perEmployee = audit(data, dir.resolve("emp"), Map.of(), true);
        assertThat(perEmployee.reconciles()).as(perEmployee.ledger().summary()).isTrue();
        // the same errors, naming the same rows, and the same counts per file
        assertThat(Files.readAllLines(perEmployee.errorsCsv())).containsExactlyInAnyOrderElementsOf(Files.readAllLines(perPeriod.errorsCsv()));
        assertThat(perEmployee.ledger().summary()).isEqualTo(perPeriod.ledger().summary());
        // B02's first pay period has a bad workday, B06's a bad amount: their second pay periods are still evaluated
        assertThat(payPeriodRows(rows(perEmployee.findingsCsv()))).isEqualTo(payPeriodRows(rows(perPeriod.findingsCsv())));
        assertThat(rows(perEmployee.findingsCsv())).anyMatch(r -> r.get("employee_id").equals("B02") && r.get("pay_period_id").equals("P15"))
                .anyMatch(r -> r.get("employee_id").equals("B06") && r.get("pay_period_id").equals("P15"))
                .noneMatch(r -> r.get("pay_period_id").equals("P14") && Set.of("B02", "B06").contains(r.get("employee_id")));
    }

    static final String STATEMENTS_EMPLOYEES = "employee_id,state,county,city,pay_basis,hourly_rate,classification,employer_headcount\n"
            + "W01,CA,sacramento,Sacramento,hourly,20.00,non_exempt,30\n";
    static final String STATEMENTS_TIME = """
            employee_id,date,hours_worked
            W01,2025-03-03,8
            W01,2025-03-17,8
            W01,2025-03-31,8
            """;
    // three biweekly wage statements whose straight-time line shows neither the rate nor the hours (Lab. Code 226(a)(9))
    static final String STATEMENTS_PAY = """
            employee_id,pay_period_id,period_start,period_end,workweek_start,kind,amount,hours,rate
            W01,S1,2025-03-02,2025-03-15,sunday,straight_time,160.00,,
            W01,S2,2025-03-16,2025-03-29,sunday,straight_time,160.00,,
            W01,S3,2025-03-30,2025-04-12,sunday,straight_time,160.00,,
            """;

    @Test
    void wage_statement_damages_count_the_first_deficient_statement_at_fifty_dollars_and_each_later_one_at_a_hundred(@TempDir Path dir)
            throws Exception {
        // Lab. Code 226(e)(1): "fifty dollars ($50) for the initial pay period in which a violation occurs and one hundred
        // dollars ($100) per employee for each violation in a subsequent pay period", up to $4,000: 50 + 2 x 100 = 250.00.
        // A request per pay period sees one statement at a time, so each looks like the initial one: 3 x 50 = 150.00.
        Path data = AuditInputsTest.write(Files.createDirectories(dir.resolve("in")), Map.of("employees.csv", STATEMENTS_EMPLOYEES,
                "time.csv", STATEMENTS_TIME, "pay.csv", STATEMENTS_PAY));
        Map<String, String> knowing = Map.of("ca.wage.wage-statement.knowing-and-intentional", "true");
        AuditRun.Result perEmployee = audit(data, dir.resolve("emp"), knowing, true);
        AuditRun.Result perPeriod = audit(data, dir.resolve("pp"), knowing, false);
        assertThat(perEmployee.ledger().errorCount()).as(Files.readString(perEmployee.errorsCsv())).isZero();
        List<Map<String, String>> together = rows(perEmployee.findingsCsv()).stream()
                .filter(r -> r.get("rule_id").equals("ca.wage.penalty.wage-statement")).toList();
        assertThat(together).hasSize(1);
        assertThat(together.get(0).get("outcome")).isEqualTo("NOT_MET");
        assertThat(new BigDecimal(together.get(0).get("owed"))).isEqualByComparingTo("250.00");
        assertThat(together.get(0).get("amounts")).contains("deficient_pay_periods=3");
        List<Map<String, String>> apart = rows(perPeriod.findingsCsv()).stream()
                .filter(r -> r.get("rule_id").equals("ca.wage.penalty.wage-statement")).toList();
        assertThat(apart).hasSize(3).allSatisfy(r -> assertThat(new BigDecimal(r.get("owed"))).isEqualByComparingTo("50.00"));
    }

    @Test
    void a_finding_is_attributed_to_the_pay_period_its_subject_names_or_dates() {
        List<PayrollJoin.Period> periods = List.of(
                new PayrollJoin.Period("P1", LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 15), "pay.csv:2", null, 1, 0),
                new PayrollJoin.Period("P1 b", LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 29), "pay.csv:3", null, 1, 0),
                new PayrollJoin.Period("P10", LocalDate.of(2025, 3, 30), LocalDate.of(2025, 4, 12), "pay.csv:4", null, 1, 0));
        assertThat(PayrollJoin.Period.of(periods, "employee E1 pay period P1").id()).isEqualTo("P1");
        assertThat(PayrollJoin.Period.of(periods, "employee E1 pay period P10").id()).isEqualTo("P10");
        assertThat(PayrollJoin.Period.of(periods, "employee E1 pay period P1 b").id()).isEqualTo("P1 b");
        assertThat(PayrollJoin.Period.of(periods, "employee E1 workday 2025-03-20").id()).isEqualTo("P1 b");
        // a workweek starting the day before a pay period belongs to the first pay period it overlaps
        assertThat(PayrollJoin.Period.of(periods, "employee E1 workweek 2025-03-01").id()).isEqualTo("P1");
        assertThat(PayrollJoin.Period.of(periods, "employee E1 workweek 2025-03-30").id()).isEqualTo("P10");
        // about the employee, or several pay periods: none
        assertThat(PayrollJoin.Period.of(periods, "employee E1")).isNull();
        assertThat(PayrollJoin.Period.of(periods, "employee E1 wage statements")).isNull();
        assertThat(PayrollJoin.Period.of(periods, "employee E1 pay periods P1, P1 b")).isNull();
        assertThat(PayrollJoin.Period.of(periods, "employee E1 pay period P2")).isNull();
    }
}
