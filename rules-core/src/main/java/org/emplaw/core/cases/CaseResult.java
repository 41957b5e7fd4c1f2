package org.emplaw.core.cases;

import java.util.List;
import org.emplaw.core.EvaluationResult;

/** The result of running one case: passed, or the problems found (expected vs actual), with the evaluation. */
public record CaseResult(TestCase testCase, List<String> problems, EvaluationResult result) {
    public boolean passed() {
        return problems.isEmpty();
    }

    /** A readable failure report: the problems, every finding, and the explanation trace. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("Case: ").append(testCase.name()).append("\n  file: ").append(testCase.file())
                .append("\n  source: ").append(testCase.source()).append('\n');
        for (String p : problems) {
            sb.append("  PROBLEM: ").append(p).append('\n');
        }
        if (result != null) {
            sb.append("  actual findings:\n");
            result.findings().forEach(f -> sb.append("    ").append(CaseRunner.describe(f)).append('\n'));
            sb.append("  trace:\n");
            result.trace().forEach(t -> sb.append("    ").append(t).append('\n'));
        }
        return sb.toString();
    }
}
