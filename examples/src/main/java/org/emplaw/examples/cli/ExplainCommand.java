package org.emplaw.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.facts.Position;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.Ledger;
import org.emplaw.examples.audit.Places;
import org.emplaw.examples.audit.PayrollJoin;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.report.Explanation;
import org.emplaw.examples.sample.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emplaw explain}: one subject's full explanation. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains one subject in full: the facts, every finding with why, the amounts with their computation, "
                + "the figures of law used (value, date in force, citation, status), every rule that fired and the receipt.",
                "Either an employee of an audit input folder (--data or --sample with --employee, optionally --period), "
                        + "or a facts file (--facts: YAML with as_of, optional subject and options, and facts: [{kind: {...}}, ...])."},
        footer = ExitCodes.HELP)
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Audit input folder.")
    Path data;

    @Option(names = "--sample", description = "Use the bundled sample company.")
    boolean sample;

    @Option(names = "--employee", paramLabel = "ID", description = "The employee to explain.")
    String employee;

    @Option(names = "--period", paramLabel = "ID", description = "Only this pay period (default: every pay period of the employee).")
    String period;

    @Option(names = "--facts", paramLabel = "FILE", description = "A facts file to evaluate and explain.")
    Path facts;

    @Option(names = "--as-of", paramLabel = "DATE", description = "For an employee without pay rows: the evaluation date.")
    LocalDate asOf;

    @Mixin
    LawOptions law;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        try (Emplaw emplaw = law.build()) {
            if (facts != null) {
                EvaluationResult r = emplaw.evaluate(factsRequest(Files.readString(facts), facts.toString(), emplaw));
                o.print(Explanation.text(r, emplaw.factTypes()));
                o.flush();
                return ExitCodes.OK;
            }
            if (employee == null || (data == null && !sample)) {
                spec.commandLine().getErr().println("emplaw explain: give --facts FILE, or --employee ID with --data DIR or --sample");
                return ExitCodes.USAGE;
            }
            Path dir = data;
            if (sample) {
                dir = SampleData.payroll(Files.createTempDirectory("emplaw-sample"));
            }
            return explainEmployee(emplaw, dir, o);
        }
    }

    private int explainEmployee(Emplaw emplaw, Path dir, PrintWriter o) {
        List<String> errors = new java.util.ArrayList<>();
        Ledger ledger = new Ledger(e -> {
            if (e.message().contains("'" + employee + "'") || e.message().contains(" " + employee + " ")) {
                errors.add(e.message());
            }
        });
        int found = 0;
        try (RowSource emp = RowSource.open(dir, InputSchema.EMPLOYEES); RowSource pos = RowSource.open(dir, InputSchema.POSITIONS);
             RowSource time = RowSource.open(dir, InputSchema.TIME); RowSource pay = RowSource.open(dir, InputSchema.PAY)) {
            if (emp == null) {
                throw new InputException(dir.toString(), "employees", "no employees.csv or employees.jsonl");
            }
            Map<String, Position> positions = new HashMap<>();
            Map<String, String> posErrors = new HashMap<>();
            PayrollJoin.readPositions(pos, positions, posErrors, ledger);
            PayrollJoin join = new PayrollJoin(emp, time, pay, positions, posErrors, Places.bundled(), asOf, law.options, ledger);
            boolean seen = false;
            while (join.hasNext()) {
                PayrollJoin.Unit u = join.next();
                if (!u.employeeId().equals(employee)) {
                    if (seen) {
                        break;
                    }
                    continue;
                }
                seen = true;
                if (period != null && !period.equals(u.periodId())) {
                    continue;
                }
                found++;
                try {
                    EvaluationResult r = emplaw.evaluate(u.input().request().get());
                    o.println("=== " + u.input().record() + " (" + u.firstRef() + ")");
                    o.print(Explanation.text(r, emplaw.factTypes()));
                    o.println();
                } catch (InputException e) {
                    o.println("=== " + u.input().record() + ": input error: " + e.getMessage());
                }
            }
        }
        errors.forEach(e -> o.println("input error: " + e));
        if (found == 0) {
            o.println("No " + (period == null ? "" : "pay period " + period + " of ") + "employee " + employee + " was evaluated"
                    + (errors.isEmpty() ? " (not in the input)" : ""));
            o.flush();
            return errors.isEmpty() ? ExitCodes.USAGE : ExitCodes.INPUT_ERRORS;
        }
        o.flush();
        return errors.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    /** A request from a facts file: {@code as_of}, optional {@code subject} and {@code options}, {@code facts: [{kind: {...}}]}. */
    static EvaluationRequest factsRequest(String yaml, String origin, Emplaw emplaw) {
        Object doc = Yaml.load(yaml, origin);
        if (!(doc instanceof Map<?, ?> m) || !(m.get("facts") instanceof List<?> list)) {
            throw new InputException(origin, "facts", "a facts file is a mapping with as_of and a list facts: [{kind: {...}}]");
        }
        if (Values.isAbsent(m.get("as_of"))) {
            throw new InputException(origin, "as_of", "is required (the evaluation date is never taken from the clock)");
        }
        java.time.LocalDate asOf;
        try {
            asOf = Values.date(m.get("as_of"), "as_of");
        } catch (InputException e) {
            throw new InputException(origin, "as_of", e.problem());
        }
        EvaluationRequest.Builder b = EvaluationRequest.asOf(asOf)
                .subject(Values.isAbsent(m.get("subject")) ? origin : String.valueOf(m.get("subject")));
        if (m.get("options") instanceof Map<?, ?> opts) {
            opts.forEach((k, v) -> b.option(String.valueOf(k), String.valueOf(v)));
        }
        for (int i = 0; i < list.size(); i++) {
            String where = origin + " facts[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> f) || f.size() != 1) {
                throw new InputException(where, null, "each fact is a single {kind: {...}} entry (kinds: " + emplaw.factTypes().keySet() + ")");
            }
            Map.Entry<?, ?> e = f.entrySet().iterator().next();
            Class<? extends Record> type = emplaw.factTypes().get(String.valueOf(e.getKey()));
            if (type == null) {
                throw new InputException(where, String.valueOf(e.getKey()), "unknown fact kind (known: " + emplaw.factTypes().keySet() + ")");
            }
            b.fact(RecordMapper.read(e.getValue(), type, where + " " + e.getKey()));
        }
        return b.build();
    }
}
