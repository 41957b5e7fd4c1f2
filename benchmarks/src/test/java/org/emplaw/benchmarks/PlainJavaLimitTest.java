package org.emplaw.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emplaw.core.BatchInput;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison of the benchmarks is void unless the plain-Java limit and the California module compute the same
 * amounts: on every record of a generated company (seeded, with planted violations of every kind), every {@code owed}
 * amount of the minimum-wage, overtime, meal and rest findings equals the plain-Java amount for the same subject, and
 * the plain-Java limit owes nothing the module does not report.
 */
class PlainJavaLimitTest {
    static final String MW = "ca.wage.minimum-wage.pay-period";
    static final String OT = "ca.wage.overtime.workweek";
    static final String MEAL = "ca.wage.meal-period.workday";
    static final String REST = "ca.wage.rest-period.workday";

    static Emplaw emplaw;
    static List<EvaluationRequest> company;

    @BeforeAll
    static void load() {
        emplaw = Emplaw.builder().modules("us-ca-wage").build();
        company = SampleFacts.company(emplaw.law(), 400, 42);
    }

    @AfterAll
    static void close() {
        emplaw.close();
    }

    /** rule | subject -> owed, from the module's findings (findings without an owed amount are left out). */
    static Map<String, BigDecimal> drools(List<Finding> findings) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Finding f : findings) {
            if (!List.of(MW, OT, MEAL, REST).contains(f.ruleId())) {
                continue;
            }
            Amount owed = f.amount("owed");
            if (owed != null) {
                assertThat(out.put(f.ruleId() + " | " + f.subject(), owed.value())).as("one owed amount per subject").isNull();
            }
        }
        return out;
    }

    static Map<String, BigDecimal> plain(Employee e, String periodSubject, PlainJavaLimit.Owed o) {
        Map<String, BigDecimal> out = new TreeMap<>();
        out.put(MW + " | " + periodSubject, o.minimumWage());
        for (int i = 0; i < o.overtimeByWeek().size(); i++) {
            out.put(OT + " | " + PlainJavaLimit.weekSubject(e, o.weekStarts().get(i)), o.overtimeByWeek().get(i));
        }
        for (Map.Entry<LocalDate, BigDecimal> d : o.mealByDay().entrySet()) {
            out.put(MEAL + " | " + PlainJavaLimit.daySubject(e, d.getKey()), d.getValue());
        }
        for (Map.Entry<LocalDate, BigDecimal> d : o.restByDay().entrySet()) {
            out.put(REST + " | " + PlainJavaLimit.daySubject(e, d.getKey()), d.getValue());
        }
        return out;
    }

    @Test
    void everyRecordOfAGeneratedCompanyHasTheSameAmountsInPlainJavaAndInTheModule() {
        PlainJavaLimit limit = new PlainJavaLimit(emplaw.law());
        List<BatchInput> in = new ArrayList<>();
        for (int i = 0; i < company.size(); i++) {
            in.add(BatchInput.of("r" + i, company.get(i)));
        }
        Iterator<BatchResult> it = emplaw.evaluateAll(in.iterator());
        int i = 0;
        long nonZero = 0;
        long amounts = 0;
        while (it.hasNext()) {
            BatchResult r = it.next();
            assertThat(r.error()).as(r.record()).isNull();
            EvaluationRequest req = company.get(i++);
            Employee e = (Employee) req.facts().stream().filter(Employee.class::isInstance).findFirst().orElseThrow();
            Map<String, BigDecimal> expected = plain(e, req.subject(), limit.evaluate(req));
            Map<String, BigDecimal> actual = drools(r.result().findings());
            assertThat(actual.keySet()).as(req.subject()).isEqualTo(expected.keySet());
            for (Map.Entry<String, BigDecimal> x : expected.entrySet()) {
                assertThat(actual.get(x.getKey())).as(x.getKey()).isEqualByComparingTo(x.getValue());
                nonZero += x.getValue().signum() > 0 ? 1 : 0;
                amounts++;
            }
        }
        assertThat(i).isEqualTo(company.size()).isEqualTo(400 * 26);
        // the company has violations of every kind, so the comparison covers non-zero amounts of each rule
        assertThat(nonZero).isGreaterThan(100);
        assertThat(amounts).isGreaterThan(2L * company.size());
    }

    /** rule | subject -> finding, for the pay-period rules (minimum wage, overtime, meal and rest periods). */
    static Map<String, Finding> payPeriodFindings(Iterator<BatchResult> results) {
        Map<String, Finding> out = new TreeMap<>();
        while (results.hasNext()) {
            BatchResult r = results.next();
            assertThat(r.error()).as(r.record()).isNull();
            for (Finding f : r.result().findings()) {
                if (List.of(MW, OT, MEAL, REST).contains(f.ruleId())) {
                    assertThat(out.put(f.ruleId() + " | " + f.subject(), f)).as("one finding per subject").isNull();
                }
            }
        }
        return out;
    }

    /**
     * The batch benchmark's second request shape ({@code CaliforniaBenchmark.batchByEmployee}): an employee's 26 pay
     * periods in one request. Every minimum-wage, overtime, meal and rest finding is the same, in every part, as with one
     * request per pay period (so the same as the plain-Java limit's amounts); only the employee-level findings are made
     * once per employee instead of once per pay period.
     */
    @Test
    void requestsOfAWholeEmployeeYearGiveEveryPayPeriodFindingThatOneRequestPerPayPeriodGives() {
        List<BatchInput> perPeriod = new ArrayList<>();
        for (int i = 0; i < company.size(); i++) {
            perPeriod.add(BatchInput.of("pay period " + i, company.get(i)));
        }
        List<EvaluationRequest> years = SampleFacts.byEmployee(company);
        List<BatchInput> perYear = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            perYear.add(BatchInput.of("employee-year " + i, years.get(i)));
        }
        Map<String, Finding> expected = payPeriodFindings(emplaw.evaluateAll(perPeriod.iterator()));
        Map<String, Finding> actual = payPeriodFindings(emplaw.evaluateAll(perYear.iterator()));
        assertThat(years).hasSize(400);
        assertThat(expected).hasSizeGreaterThan(400 * 26 * 5);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, Finding> x : expected.entrySet()) {
            assertThat(actual.get(x.getKey())).as(x.getKey()).isEqualTo(x.getValue());
        }
    }

    @Test
    void everyPlantedKindOfViolationIsOwedInPlainJava() {
        PlainJavaLimit limit = new PlainJavaLimit(emplaw.law());
        long mw = 0;
        long ot = 0;
        long meal = 0;
        long rest = 0;
        for (EvaluationRequest r : company) {
            PlainJavaLimit.Owed o = limit.evaluate(r);
            mw += o.minimumWage().signum() > 0 ? 1 : 0;
            ot += o.overtimeByWeek().stream().filter(b -> b.signum() > 0).count();
            meal += o.mealByDay().values().stream().filter(b -> b.signum() > 0).count();
            rest += o.restByDay().values().stream().filter(b -> b.signum() > 0).count();
        }
        assertThat(mw).isPositive();
        assertThat(ot).isPositive();
        assertThat(meal).isPositive();
        assertThat(rest).isPositive();
    }
}
