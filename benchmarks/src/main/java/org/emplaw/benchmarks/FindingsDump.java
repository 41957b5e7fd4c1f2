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
 * <pre>java -cp benchmarks/target/benchmarks.jar org.emplaw.benchmarks.FindingsDump out.jsonl [option=value ...]</pre>
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
        long lines = write(Path.of(args[0]), options);
        System.out.println(lines + " evaluations written to " + args[0]);
    }

    /** Writes the dump of the four companies; returns the number of evaluations (lines). */
    static long write(Path out, Map<String, String> options) throws IOException {
        return write(out, options, new long[] {1, 7, 42, 99}, new int[] {40, 40, 100, 40});
    }

    /** Writes the dump of the companies of {@code seeds} with {@code employees} each; returns the number of lines. */
    static long write(Path out, Map<String, String> options, long[] seeds, int[] employees) throws IOException {
        long n = 0;
        try (Emplaw emplaw = Emplaw.builder().modules("us-ca-wage").build();
             PrintWriter w = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8)))) {
            for (int c = 0; c < seeds.length; c++) {
                List<EvaluationRequest> perPeriod = SampleFacts.company(emplaw.law(), employees[c], seeds[c]);
                List<EvaluationRequest> all = new ArrayList<>(perPeriod);
                all.addAll(SampleFacts.byEmployee(perPeriod));
                for (EvaluationRequest r : all) {
                    if (!options.isEmpty()) {
                        Map<String, String> o = new LinkedHashMap<>(r.options());
                        o.putAll(options);
                        r = new EvaluationRequest(r.asOf(), r.subject(), r.facts(), o, r.modules());
                    }
                    EvaluationResult res = emplaw.evaluate(r);
                    w.println(Json.write(List.of(res.findings(), res.trace())));
                    n++;
                }
            }
        }
        return n;
    }
}
