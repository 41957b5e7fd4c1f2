package org.emplaw.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The order of an evaluation's findings ({@link Emplaw#ORDER}, written out for speed) is the order its documentation
 * gives: subject, then rule id, then question, by {@link String#compareTo}; checked against the chained comparator it
 * replaced on seeded random findings whose keys share prefixes and repeat, as an employee-year's do.
 */
class FindingOrderTest {
    private static final Comparator<Finding> CHAINED = Comparator.comparing(Finding::subject)
            .thenComparing(Finding::ruleId).thenComparing(Finding::question);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1_000})
    void findingsAreOrderedBySubjectThenRuleIdThenQuestion(long seed) {
        Random r = new Random(seed);
        // a few subject strings shared by reference (as a pay period's are) and equal copies of them
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            subjects.add("employee E" + r.nextInt(3) + " pay period 2024-" + r.nextInt(3));
            subjects.add("employee E" + r.nextInt(3) + " workweek 2024-01-0" + r.nextInt(9));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String subject = subjects.get(r.nextInt(subjects.size()));
            if (r.nextBoolean()) {
                subject = new String(subject); // equal, not the same string
            }
            String ruleId = r.nextInt(5) == 0 ? "" : "ca.rule." + r.nextInt(4);
            String question = "question " + r.nextInt(3);
            findings.add(Finding.of(question, subject).rule(ruleId, "rule " + i).outcome(Outcome.MET).build());
        }
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(CHAINED);
        List<Finding> actual = new ArrayList<>(findings);
        actual.sort(Emplaw.ORDER);
        // the sort is stable: equal keys keep their input order, so the two lists hold the same findings in turn
        assertThat(actual).containsExactlyElementsOf(expected);
        for (int i = 0; i < findings.size(); i++) {
            for (int j = 0; j < findings.size(); j += 7) {
                assertThat(Integer.signum(Emplaw.ORDER.compare(findings.get(i), findings.get(j))))
                        .isEqualTo(Integer.signum(CHAINED.compare(findings.get(i), findings.get(j))));
            }
        }
    }
}
