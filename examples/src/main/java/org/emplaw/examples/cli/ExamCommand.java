package org.emplaw.examples.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.io.InputException;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;
import org.emplaw.examples.audit.CsvParser;
import org.emplaw.examples.audit.InputRow;
import org.emplaw.examples.audit.InputSchema;
import org.emplaw.examples.audit.RowSource;
import org.emplaw.examples.sample.SampleData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emplaw exam}: scores a Los Angeles civil-service exam and writes the eligible list and the certification. */
@Command(name = "exam", mixinStandardHelpOptions = true,
        description = {"Scores a City of Los Angeles civil-service examination: an exam definition (YAML: as_of, exam: {...} as the "
                + "announcement states it, optional facts: [{kind: {...}}] such as a certification_request) and a candidates CSV "
                + "(candidate_id, score.<test id> per test, veterans and service columns; emplaw audit --schemas).",
                "Writes eligible-list.csv (rank, final general average, certification), exam-findings.csv with every finding and "
                        + "errors.csv. Ranks and certification are the rule module's findings (la.cs.rule1_28.eligible-list, "
                        + "la.cs.charter1010.certification); this command only reads and writes."},
        footer = ExitCodes.HELP)
public final class ExamCommand implements Callable<Integer> {
    static final String LIST_RULE = "la.cs.rule1_28.eligible-list";
    static final String CERT_RULE = "la.cs.charter1010.certification";
    static final String SCORE_RULE = "la.cs.rule4_4.final-general-average";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--exam", paramLabel = "FILE", description = "Exam definition (YAML).")
    Path exam;

    @Option(names = "--candidates", paramLabel = "FILE", description = "Candidates CSV.")
    Path candidates;

    @Option(names = "--sample", description = "Score the bundled open competitive sample exam.")
    boolean sample;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "exam-report", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    LawOptions law;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (sample) {
            Path dir = SampleData.exam(out.resolve("sample-input"));
            exam = dir.resolve("exam.yaml");
            candidates = dir.resolve("candidates.csv");
            law.overlays.add(dir.resolve(org.emplaw.examples.sample.ExamGenerator.EXAMPLE_CONFIGURATION));
            spec.commandLine().getErr().println("emplaw exam --sample: using " + dir.resolve(
                    org.emplaw.examples.sample.ExamGenerator.EXAMPLE_CONFIGURATION)
                    + " (example configuration for the synthetic exam, not the City's figures)");
        }
        if (exam == null || candidates == null) {
            spec.commandLine().getErr().println("emplaw exam: give --exam FILE and --candidates FILE, or --sample");
            return ExitCodes.USAGE;
        }
        Files.createDirectories(out);
        try (Emplaw emplaw = law.build()) {
            Object doc = Yaml.load(Files.readString(exam), exam.toString());
            if (!(doc instanceof Map<?, ?> m) || m.get("exam") == null || Values.isAbsent(m.get("as_of"))) {
                throw new InputException(exam.toString(), "exam", "an exam file has as_of: DATE and exam: {...}");
            }
            Exam ex = RecordMapper.read(m.get("exam"), Exam.class, exam + " exam");
            LocalDate asOf;
            try {
                asOf = Values.date(m.get("as_of"), "as_of");
            } catch (InputException e) {
                throw new InputException(exam.toString(), "as_of", e.problem());
            }
            EvaluationRequest.Builder rb = EvaluationRequest.asOf(asOf).subject("exam " + ex.id()).fact(ex);
            law.options.forEach(rb::option);
            if (m.get("facts") instanceof List<?> extra) {
                for (int i = 0; i < extra.size(); i++) {
                    rb.fact(ExplainCommand.factsRequest("as_of: " + m.get("as_of") + "\nfacts: [" + org.emplaw.core.io.Json.write(extra.get(i)) + "]",
                            exam + " facts[" + i + "]", emplaw).facts().get(0));
                }
            }
            long read = 0;
            long errors = 0;
            List<String> ids = new ArrayList<>();
            try (BufferedWriter err = Files.newBufferedWriter(out.resolve("errors.csv"), StandardCharsets.UTF_8);
                 RowSource src = RowSource.of(RowSource.utf8(candidates),
                         candidates.getFileName().toString(), InputSchema.CANDIDATES, Files.size(candidates))) {
                err.write("record,problem\n");
                RowSource.Read r;
                while ((r = src.next()) != null) {
                    read++;
                    try {
                        if (!r.ok()) {
                            throw new InputException(r.ref(), null, r.error());
                        }
                        Candidate c = candidate(r.row(), ex);
                        rb.fact(c);
                        ids.add(c.id());
                    } catch (InputException e) {
                        errors++;
                        err.write(CsvParser.quote(r.ref()) + "," + CsvParser.quote(e.getMessage()) + "\n");
                    }
                }
            }
            EvaluationResult result = emplaw.evaluate(rb.build());
            Map<String, Finding> list = new LinkedHashMap<>();
            Map<String, Finding> cert = new LinkedHashMap<>();
            Map<String, Finding> score = new LinkedHashMap<>();
            try (BufferedWriter all = Files.newBufferedWriter(out.resolve("exam-findings.csv"), StandardCharsets.UTF_8)) {
                all.write("subject,rule_id,outcome,question,reason,amounts,citations,missing\n");
                for (Finding f : result.findings()) {
                    StringBuilder a = new StringBuilder();
                    f.amounts().forEach(x -> a.append(a.length() == 0 ? "" : "; ").append(x.name()).append('=').append(x.value().toPlainString()));
                    all.write(String.join(",", CsvParser.quote(f.subject()), CsvParser.quote(f.ruleId()), f.outcome().name(),
                            CsvParser.quote(f.question()), CsvParser.quote(f.reason()), CsvParser.quote(a.toString()),
                            CsvParser.quote(String.join("; ", f.citations())), CsvParser.quote(String.join("; ", f.missing()))) + "\n");
                    String who = f.subject().startsWith("candidate ") ? f.subject().substring(10) : null;
                    if (who != null) {
                        (f.ruleId().equals(LIST_RULE) ? list : f.ruleId().equals(CERT_RULE) ? cert : f.ruleId().equals(SCORE_RULE) ? score
                                : new LinkedHashMap<String, Finding>()).put(who, f);
                    }
                }
            }
            TreeMap<String, String> rows = new TreeMap<>();
            for (Map.Entry<String, Finding> e : list.entrySet()) {
                Amount rank = e.getValue().amount("rank");
                Amount fga = e.getValue().amount("final_general_average");
                if (rank == null) {
                    continue;
                }
                Finding c = cert.get(e.getKey());
                String certified = c == null ? "" : switch (c.outcome()) {
                    case MET -> "certified";
                    case NOT_MET -> "not certified";
                    default -> c.outcome().name().toLowerCase(java.util.Locale.ROOT);
                };
                rows.put(String.format("%09d|%s", rank.value().intValue(), e.getKey()), String.join(",", rank.value().toPlainString(),
                        CsvParser.quote(e.getKey()), fga == null ? "" : fga.value().toPlainString(), certified));
            }
            try (BufferedWriter el = Files.newBufferedWriter(out.resolve("eligible-list.csv"), StandardCharsets.UTF_8)) {
                el.write("rank,candidate_id,final_general_average,certification\n");
                for (String row : rows.values()) {
                    el.write(row + "\n");
                }
            }
            long certifiedCount = cert.values().stream().filter(f -> f.outcome() == org.emplaw.core.finding.Outcome.MET).count();
            long unscored = ids.stream().filter(id -> !score.containsKey(id) && !list.containsKey(id)).count();
            o.printf("Exam %s (%s): %,d candidates read = %,d evaluated + %,d errors%n", ex.id(), ex.type(), read, ids.size(), errors);
            o.printf("Findings: %,d; eligible list: %,d eligibles in %,d ranks; certified: %,d%n", result.findings().size(), rows.size(),
                    list.values().stream().map(f -> f.amount("rank")).filter(a -> a != null).map(Amount::value).distinct().count(),
                    certifiedCount);
            Map<String, List<Finding>> undecided = new TreeMap<>();
            for (Finding f : result.findings()) {
                if (!f.subject().startsWith("candidate ") && f.outcome() != org.emplaw.core.finding.Outcome.MET) {
                    undecided.computeIfAbsent(f.ruleId() + " " + f.outcome(), k -> new ArrayList<>()).add(f);
                }
            }
            undecided.forEach((k, fs) -> o.printf("%s: %d finding(s), e.g. %s: %s%n", k, fs.size(), fs.get(0).subject(),
                    fs.get(0).reason().length() > 200 ? fs.get(0).reason().substring(0, 200) + "..." : fs.get(0).reason()));
            if (unscored > 0) {
                o.printf("Candidates without a score finding: %,d (no loaded module scored them; see exam-findings.csv)%n", unscored);
            }
            o.println("Eligible list: " + out.resolve("eligible-list.csv").toAbsolutePath());
            o.flush();
            return errors > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
        }
    }

    /** A candidate row: score.<test> columns become part scores; active_duty is 'from..to;from..to'. */
    static Candidate candidate(InputRow r, Exam ex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.get("candidate_id"));
        m.put("exam_id", ex.id());
        Map<String, Object> scores = new LinkedHashMap<>();
        r.fields().forEach((k, v) -> {
            if (k.startsWith("score.")) {
                String part = k.substring(6);
                if (ex.parts().stream().noneMatch(p -> p.id().equals(part))) {
                    throw new InputException(r.ref(), k, "the exam has no test '" + part + "'");
                }
                scores.put(part, v);
            }
        });
        m.put("part_scores", scores);
        for (String c : List.of("application_received", "department", "continuous_service_years", "listed_on")) {
            if (r.get(c) != null) {
                m.put(c, r.get(c));
            }
        }
        if (r.get("active_duty") != null || r.get("release_from_active_duty") != null) {
            List<Object> duty = new ArrayList<>();
            for (String d : r.get("active_duty") == null ? new String[0] : r.get("active_duty").split(";")) {
                String[] ft = d.strip().split("\\.\\.");
                if (ft.length != 2) {
                    throw new InputException(r.ref(), "active_duty", "'" + d + "' is not FROM..TO");
                }
                duty.add(Map.of("from", ft[0], "to", ft[1]));
            }
            Map<String, Object> mil = new LinkedHashMap<>();
            mil.put("active_duty", duty);
            mil.put("release_from_active_duty", r.get("release_from_active_duty"));
            mil.put("honorably_discharged", r.get("honorably_discharged"));
            mil.put("va_certified_disabled", r.get("va_certified_disabled"));
            m.put("military", mil);
        }
        try {
            return RecordMapper.read(m, Candidate.class, r.ref());
        } catch (InputException e) {
            String field = "id".equals(e.field()) ? "candidate_id" : e.field() != null && e.field().startsWith("part_scores.")
                    ? "score." + e.field().substring(12) : e.field();
            throw new InputException(r.ref(), field, e.problem());
        }
    }
}
