package org.emplaw.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.emplaw.core.module.RuleModule;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * A module's YAML cases as JUnit 5 dynamic tests, one container per case file:
 *
 * <pre>
 * class CaliforniaCasesTest {
 *     &#64;TestFactory
 *     Stream&lt;DynamicNode&gt; cases() { return CaseTests.forModule("us-ca-wage"); }
 * }
 * </pre>
 *
 * A failing case reports expected vs actual, every finding and the explanation trace.
 */
public final class CaseTests {
    private CaseTests() {
    }

    /** The cases of the classpath module with this id (the other classpath modules are loaded beside it). */
    public static Stream<DynamicNode> forModule(String id) {
        List<RuleModule> all = new ArrayList<>();
        RuleModule target = null;
        for (RuleModule m : ServiceLoader.load(RuleModule.class, CaseTests.class.getClassLoader())) {
            all.add(m);
            if (m.descriptor().id().equals(id)) {
                target = m;
            }
        }
        if (target == null) {
            throw new IllegalStateException("no module " + id + " on the classpath");
        }
        return forModule(target, all);
    }

    /** The cases of {@code module}, evaluated with {@code modules} loaded. */
    public static Stream<DynamicNode> forModule(RuleModule module, List<RuleModule> modules) {
        CaseRunner runner = new CaseRunner(modules);
        List<DynamicNode> files = new ArrayList<>();
        for (String path : module.descriptor().cases()) {
            String origin = module.location() + "/" + path;
            List<TestCase> cases = CaseFiles.parse(CaseRunner.read(module, path), origin);
            List<DynamicNode> tests = new ArrayList<>();
            for (TestCase tc : cases) {
                tests.add(DynamicTest.dynamicTest(tc.name(), () -> {
                    CaseResult r = runner.run(tc);
                    if (!r.passed()) {
                        Assertions.fail(r.report());
                    }
                }));
            }
            files.add(DynamicContainer.dynamicContainer(path, tests));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("module " + module.descriptor().id() + " lists no case files");
        }
        return files.stream().onClose(runner::close);
    }
}
