package org.emplaw.ca.wage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.emplaw.core.BatchResult;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationException;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.emplaw.core.cases.CaseFiles;
import org.emplaw.core.cases.CaseRunner;
import org.emplaw.core.cases.TestCase;
import org.emplaw.core.io.Json;
import org.emplaw.core.io.RecordMapper;
import org.emplaw.core.module.RuleModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The proof of the module's {@link IndependentEmployees} keys: every YAML case of the module (those that use the
 * module's own law, without an overlay) evaluated in a batch where requests share sessions gives the findings, trace and
 * receipt of evaluating it alone. The cases reuse ids ("E1"), so each case's employee, position and pay period ids get the
 * case's number (a request about E1 in one case is about another employee than E1 in the next); the module's rules
 * never test an id against a literal. Cases of one evaluation date and options then share sessions.
 */
class SharedSessionCasesTest {

    @ParameterizedTest(name = "{0} requests per session")
    @ValueSource(ints = {2, 8, 64})
    void everyCaseEvaluatedInASharedSessionGetsTheResultsOfEvaluatingItAlone(int perSession) {
        RuleModule module = null;
        for (RuleModule m : ServiceLoader.load(RuleModule.class)) {
            if (m.descriptor().id().equals("us-ca-wage")) {
                module = m;
            }
        }
        assertThat(module).isNotNull();
        try (Emplaw emplaw = Emplaw.builder().module(module).threads(2).chunkSize(1024).requestsPerSession(perSession).build()) {
            List<EvaluationRequest> requests = new ArrayList<>();
            int n = 0;
            for (String path : module.descriptor().cases()) {
                for (TestCase tc : CaseFiles.parse(CaseRunner.read(module, path), path)) {
                    if (!tc.overlay().isEmpty()) {
                        continue;
                    }
                    n++;
                    EvaluationRequest.Builder b = EvaluationRequest.asOf(tc.asOf())
                            .subject(tc.subject() == null ? tc.name() : tc.subject()).options(tc.options());
                    tc.modules().forEach(b::module);
                    for (int i = 0; i < tc.facts().size(); i++) {
                        b.fact(renamed(fact(emplaw, tc.facts().get(i), tc.name()), "~" + n));
                    }
                    requests.add(b.build());
                }
            }
            assertThat(requests).hasSizeGreaterThan(200);
            List<BatchResult> batch = emplaw.evaluateAll(requests.stream()).toList();
            for (int i = 0; i < requests.size(); i++) {
                EvaluationRequest r = requests.get(i);
                BatchResult b = batch.get(i);
                String alone;
                try {
                    EvaluationResult a = emplaw.evaluate(r);
                    alone = Json.write(List.of(a.findings(), a.trace(), a.receipt()));
                } catch (EvaluationException e) {
                    assertThat(b.ok()).as("%s fails alone, so in the batch too", r.subject()).isFalse();
                    continue;
                }
                assertThat(b.ok()).as("%s: %s", r.subject(), b.error()).isTrue();
                assertThat(Json.write(List.of(b.result().findings(), b.result().trace(), b.result().receipt())))
                        .as(r.subject()).isEqualTo(alone);
            }
            Emplaw.BatchStatistics s = emplaw.batchStatistics();
            // most cases shared a session: the comparison is not vacuous
            assertThat(s.requestsShared()).isGreaterThan(requests.size() / 2);
            assertThat(s.sessionsRedone()).isZero();
        }
    }

    private static Object fact(Emplaw emplaw, Object entry, String name) {
        Map.Entry<?, ?> e = ((Map<?, ?>) entry).entrySet().iterator().next();
        return RecordMapper.read(e.getValue(), emplaw.factTypes().get(String.valueOf(e.getKey())), name);
    }

    /** The fact with {@code suffix} added to its own id and to the employee and position ids it names. */
    static Object renamed(Object fact, String suffix) {
        if (!(fact instanceof Record r)) {
            return fact;
        }
        RecordComponent[] cs = r.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        try {
            for (int i = 0; i < cs.length; i++) {
                Object v = cs[i].getAccessor().invoke(r);
                String name = cs[i].getName();
                if (v instanceof String s && (name.equals("id") || name.equals("employeeId") || name.equals("positionId"))) {
                    v = s + suffix;
                }
                values[i] = v;
                types[i] = cs[i].getType();
            }
            return r.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rename " + fact, e);
        }
    }
}
