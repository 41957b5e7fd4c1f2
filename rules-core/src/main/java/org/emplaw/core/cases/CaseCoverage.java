package org.emplaw.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emplaw.core.ModuleInfo;
import org.emplaw.core.rules.RuleRef;

/**
 * Which cited provisions of a module have cases: for each rule (id, citation), the number of cases
 * expecting a finding from it (or its absence). Printed by {@code emplaw test --coverage}; module
 * builds fail when a rule has no case.
 */
public final class CaseCoverage {
    private CaseCoverage() {
    }

    /** One rule's coverage. */
    public record Line(String citation, String ruleId, String ruleName, int cases) {
    }

    /**
     * Runs the module's cases and counts, for each rule, the cases that expect a finding from it (or
     * its absence) or in which it fired (rules that only derive facts for other rules count this way).
     */
    public static List<Line> of(ModuleInfo module) {
        Map<String, Integer> counts = new TreeMap<>();
        try (CaseRunner runner = new CaseRunner(List.of(module.module()))) {
            for (String path : module.module().descriptor().cases()) {
                String origin = module.module().location() + "/" + path;
                for (TestCase tc : CaseFiles.parse(CaseRunner.read(module.module(), path), origin)) {
                    java.util.Set<String> rules = new java.util.HashSet<>(tc.absent());
                    for (Expectation e : tc.expect()) {
                        if (e.rule() != null) {
                            rules.add(e.rule());
                        }
                    }
                    CaseResult r = runner.run(tc);
                    if (r.result() != null) {
                        r.result().trace().forEach(t -> rules.add(t.ruleId()));
                    }
                    rules.forEach(x -> counts.merge(x, 1, Integer::sum));
                }
            }
        }
        List<Line> out = new ArrayList<>();
        for (RuleRef r : module.rules()) {
            out.add(new Line(r.citation(), r.id(), r.name(), counts.getOrDefault(r.id(), 0)));
        }
        out.sort(java.util.Comparator.comparing(Line::citation).thenComparing(Line::ruleId).thenComparing(Line::ruleName));
        return out;
    }

    /** A plain-text report grouped by citation. */
    public static String text(ModuleInfo module) {
        StringBuilder sb = new StringBuilder("Coverage of " + module.id() + " " + module.version() + "\n");
        String last = null;
        int covered = 0;
        List<Line> lines = of(module);
        for (Line l : lines) {
            if (!l.citation().equals(last)) {
                sb.append(l.citation()).append('\n');
                last = l.citation();
            }
            sb.append("  ").append(l.cases() > 0 ? "[x] " : "[ ] ").append(l.ruleId()).append(" (").append(l.cases())
                    .append(" cases) ").append(l.ruleName()).append('\n');
            if (l.cases() > 0) {
                covered++;
            }
        }
        sb.append(covered).append(" of ").append(lines.size()).append(" rules have cases\n");
        return sb.toString();
    }
}
