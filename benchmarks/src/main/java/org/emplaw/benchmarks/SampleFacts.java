package org.emplaw.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.CertificationRequest;
import org.emplaw.core.facts.Classification;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamPart;
import org.emplaw.core.facts.ExamType;
import org.emplaw.core.facts.PayItem;
import org.emplaw.core.facts.PayKind;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.Position;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.law.LawBook;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.sample.CompanyGenerator;

/**
 * The records the benchmarks evaluate: the synthetic company of {@code emplaw generate} (the same generator, seed and
 * planting rates as the audit harness), read through the harness's own join into one {@link EvaluationRequest} per
 * biweekly pay period (two employee-weeks each), and small hand-made requests for cold start.
 */
public final class SampleFacts {
    /** Employee-weeks in one generated pay period (the generator writes biweekly pay periods). */
    public static final int WEEKS_PER_PERIOD = 2;

    private SampleFacts() {
    }

    /** One pay period of one hourly employee (cold start of the California module), or one small exam (LA). */
    public static EvaluationRequest firstRequest(String module) {
        return switch (module) {
            case "us-ca-wage" -> caRequest();
            case "us-ca-la-civil-service" -> examRequest(20);
            default -> throw new IllegalArgumentException("no cold-start request for module " + module);
        };
    }

    static EvaluationRequest caRequest() {
        LocalDate start = LocalDate.of(2025, 3, 2);
        Employee e = Employee.builder("E1").workLocation("CA", "los_angeles", "los_angeles")
                .employerHeadcount(50).hourly("20.00").classification(Classification.NON_EXEMPT).build();
        List<WorkDay> days = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            days.add(WorkDay.of(start.plusDays(i), i == 3 ? "10" : "8"));
        }
        PayPeriod p = new PayPeriod("P1", "E1", start, start.plusDays(6), DayOfWeek.SUNDAY, days,
                List.of(new PayItem(PayKind.STRAIGHT_TIME, new BigDecimal("840.00"), new BigDecimal("42"),
                        new BigDecimal("20.00"), null)), List.of(), start.plusDays(10));
        return EvaluationRequest.asOf(p.end()).subject("employee E1 pay period P1").fact(e).fact(p).build();
    }

    /** One open competitive exam with {@code n} candidates (two weighted parts, seeded scores). */
    public static EvaluationRequest examRequest(int n) {
        java.util.Random r = new java.util.Random(42 + n);
        Exam exam = new Exam("B1", "1429", "IT Specialist", ExamType.OPEN_COMPETITIVE, null,
                List.of(new ExamPart("written", "Written test", new BigDecimal("40"), false, null, false, null),
                        new ExamPart("interview", "Interview", new BigDecimal("60"), false, null, false, null)),
                LocalDate.of(2025, 3, 31), null, null, Map.of("rounding_mode", "half_up"));
        EvaluationRequest.Builder b = EvaluationRequest.asOf(LocalDate.of(2025, 6, 30)).subject("exam B1").fact(exam)
                .fact(new CertificationRequest("R", "B1", null, null, LocalDate.of(2025, 6, 30)));
        for (int i = 0; i < n; i++) {
            BigDecimal w = BigDecimal.valueOf(400 + r.nextInt(601), 1);
            BigDecimal v = BigDecimal.valueOf(50 + r.nextInt(51));
            b.fact(new Candidate("C" + i, "B1", null, Map.of("written", w, "interview", v), LocalDate.of(2025, 3, 1), null,
                    null, null, null, null, null, null));
        }
        return b.build();
    }

    /**
     * The generated company of {@code employees} employees (26 biweekly pay periods each), as one request per pay period,
     * in file order. Written to a temporary folder by {@link CompanyGenerator} and read back by {@link PayrollJoin}.
     */
    public static List<EvaluationRequest> company(LawBook law, int employees, long seed) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("emplaw-bench-company");
            new CompanyGenerator(law, CompanyGenerator.Rates.standard()).generate(employees, seed, dir);
            return read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                delete(dir);
            }
        }
    }

    /** Reads a generated (or real) input folder into requests, as the audit harness would. */
    public static List<EvaluationRequest> read(Path dir) {
        Ledger ledger = new Ledger(err -> {
            throw new IllegalStateException("generated data has an error: " + err.message());
        });
        RowSource employees = RowSource.open(dir, InputSchema.EMPLOYEES);
        RowSource positions = RowSource.open(dir, InputSchema.POSITIONS);
        RowSource time = RowSource.open(dir, InputSchema.TIME);
        RowSource pay = RowSource.open(dir, InputSchema.PAY);
        try {
            Map<String, Position> pos = new HashMap<>();
            Map<String, String> posErrors = new HashMap<>();
            PayrollJoin.readPositions(positions, pos, posErrors, ledger);
            PayrollJoin join = new PayrollJoin(employees, time, pay, pos, posErrors, Places.bundled(), null, Map.of(), ledger);
            List<EvaluationRequest> out = new ArrayList<>();
            while (join.hasNext()) {
                out.add(join.next().input().request().get());
            }
            return out;
        } finally {
            for (RowSource s : new RowSource[] {employees, positions, time, pay}) {
                if (s != null) {
                    s.close();
                }
            }
        }
    }

    /**
     * The same records shaped by employee-year: one request per employee with all of its pay periods (as of the last
     * period's end), instead of one per pay period. Employee-level questions (exemptions, bereavement leave, the wage
     * statement penalty over all periods) are then answered once per employee instead of once per pay period.
     */
    public static List<EvaluationRequest> byEmployee(List<EvaluationRequest> perPeriod) {
        List<EvaluationRequest> out = new ArrayList<>();
        Object employee = null;
        java.time.LocalDate asOf = null;
        List<Object> periods = new ArrayList<>();
        List<Object> others = new ArrayList<>();
        for (EvaluationRequest r : perPeriod) {
            Object e = r.facts().stream().filter(Employee.class::isInstance).findFirst().orElseThrow();
            if (e != employee) {
                if (employee != null) {
                    out.add(employeeYear((Employee) employee, asOf, periods, others));
                }
                employee = e;
                periods = new ArrayList<>();
                others = new ArrayList<>();
                for (Object f : r.facts()) {
                    if (!(f instanceof PayPeriod) && !(f instanceof Employee)) {
                        others.add(f);
                    }
                }
            }
            for (Object f : r.facts()) {
                if (f instanceof PayPeriod p) {
                    periods.add(p);
                    asOf = p.end();
                }
            }
        }
        if (employee != null) {
            out.add(employeeYear((Employee) employee, asOf, periods, others));
        }
        return out;
    }

    /**
     * The same requests (one per pay period) in pay-run order, as an HRIS service evaluates a pay run: every employee's
     * first pay period, then every employee's second, and so on (the generated employees share one biweekly calendar).
     */
    public static List<EvaluationRequest> byPayRun(List<EvaluationRequest> perPeriod) {
        List<EvaluationRequest> out = new ArrayList<>(perPeriod);
        Map<EvaluationRequest, Integer> run = new java.util.IdentityHashMap<>();
        Object employee = null;
        int n = 0;
        for (EvaluationRequest r : perPeriod) {
            Object e = r.facts().stream().filter(Employee.class::isInstance).findFirst().orElseThrow();
            n = e == employee ? n + 1 : 0;
            employee = e;
            run.put(r, n);
        }
        out.sort(Comparator.comparing(run::get));
        return out;
    }

    private static EvaluationRequest employeeYear(Employee e, java.time.LocalDate asOf, List<Object> periods, List<Object> others) {
        EvaluationRequest.Builder b = EvaluationRequest.asOf(asOf).subject(e.subject()).fact(e);
        others.forEach(b::fact);
        periods.forEach(b::fact);
        return b.build();
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
