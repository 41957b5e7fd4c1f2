package org.emplaw.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.io.Json;

/**
 * The equivalence check of the performance rounds (BENCHMARKS.md): writes every finding (reason, computations, figures
 * of law, facts) and the explanation trace of the California module for four generated companies, one JSON line per
 * evaluation, so that the output of two builds can be compared byte for byte ({@code cmp}) before and after a change.
 * The companies are seeded (seeds 1, 7, 42 and 99; 40, 40, 100 and 40 employees), evaluated per pay period (5,720) and
 * per employee-year (220).
 *
 * <pre>java [-Dbatch=N] -cp benchmarks/target/benchmarks.jar org.emplaw.benchmarks.FindingsDump out.jsonl [option=value ...]</pre>
 *
 * Options given after the file are set on every request (for example {@code ca.exemptions.evaluate-all=true}).
 */
public final class FindingsDump {
    private FindingsDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: FindingsDump <out.jsonl> [option=value ...]");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("an option is name=value: " + args[i]);
            }
            options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        Dump d = write(Path.of(args[0]), options, Integer.getInteger("batch", 0));
        System.out.println(d.lines() + " evaluations written to " + args[0] + (d.sharing() == null ? "" : "; " + d.sharing()));
    }

    /** What a dump wrote: its lines (evaluations), and how the batch shared sessions (null without the batch API). */
    record Dump(long lines, Emplaw.BatchStatistics sharing) {
    }

    /** Writes the dump of the four companies. */
    static Dump write(Path out, Map<String, String> options, int batch) throws IOException {
        return write(out, options, new long[] {1, 7, 42, 99}, new int[] {40, 40, 100, 40}, batch);
    }

    /**
     * Writes the dump of the companies of {@code seeds} with {@code employees} each; returns the number of lines. With
     * {@code batch} 0, each request is evaluated alone ({@link Emplaw#evaluate}); otherwise through the batch API with
     * {@code batch} requests per session ({@code -Dbatch=N} on the command line).
     */
    static Dump write(Path out, Map<String, String> options, long[] seeds, int[] employees, int batch) throws IOException {
        long n = 0;
        Emplaw.BatchStatistics sharing = null;
        try (Emplaw emplaw = Emplaw.builder().modules("us-ca-wage").requestsPerSession(Math.max(1, batch)).build();
             PrintWriter w = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8)))) {
            for (int c = 0; c < seeds.length; c++) {
                List<EvaluationRequest> perPeriod = SampleFacts.company(emplaw.law(), employees[c], seeds[c]);
                List<EvaluationRequest> all = new ArrayList<>(perPeriod);
                all.addAll(SampleFacts.byEmployee(perPeriod));
                List<EvaluationRequest> asked = new ArrayList<>(all.size());
                for (EvaluationRequest r : all) {
                    if (!options.isEmpty()) {
                        Map<String, String> o = new LinkedHashMap<>(r.options());
                        o.putAll(options);
                        r = new EvaluationRequest(r.asOf(), r.subject(), r.facts(), o, r.modules());
                    }
                    asked.add(r);
                }
                if (batch > 0) {
                    List<org.emplaw.core.BatchInput> inputs = new ArrayList<>();
                    for (int i = 0; i < asked.size(); i++) {
                        inputs.add(org.emplaw.core.BatchInput.of("request #" + i, asked.get(i)));
                    }
                    var it = emplaw.evaluateAll(inputs.iterator());
                    while (it.hasNext()) {
                        var br = it.next();
                        if (!br.ok()) {
                            throw new IllegalStateException(br.error());
                        }
                        w.println(Json.write(List.of(br.result().findings(), br.result().trace())));
                        n++;
                    }
                    sharing = emplaw.batchStatistics();
                } else {
                    for (EvaluationRequest r : asked) {
                        EvaluationResult res = emplaw.evaluate(r);
                        w.println(Json.write(List.of(res.findings(), res.trace())));
                        n++;
                    }
                }
            }
        }
        return new Dump(n, sharing);
    }
}
