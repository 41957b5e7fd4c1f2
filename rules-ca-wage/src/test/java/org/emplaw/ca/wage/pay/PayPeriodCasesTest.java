package org.emplaw.ca.wage.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.emplaw.core.cases.CaseFiles;
import org.emplaw.core.cases.CaseResult;
import org.emplaw.core.cases.CaseRunner;
import org.emplaw.core.cases.TestCase;
import org.emplaw.core.module.RuleModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The YAML cases of the pay-period rules (the case files under {@code pay/} listed in the module descriptor). */
class PayPeriodCasesTest {
    private static CaseRunner runner;

    @TestFactory
    Stream<DynamicNode> payPeriodCases() throws Exception {
        List<RuleModule> all = new ArrayList<>();
        RuleModule target = null;
        for (RuleModule m : ServiceLoader.load(RuleModule.class, getClass().getClassLoader())) {
            all.add(m);
            if (m.descriptor().id().equals("us-ca-wage")) {
                target = m;
            }
        }
        Assertions.assertNotNull(target, "module us-ca-wage on the classpath");
        runner = new CaseRunner(all);
        List<DynamicNode> files = new ArrayList<>();
        for (String path : target.descriptor().cases()) {
            if (!path.startsWith("pay/")) {
                continue;
            }
            String yaml;
            try (var in = target.open(path)) {
                yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            List<DynamicNode> tests = new ArrayList<>();
            for (TestCase tc : CaseFiles.parse(yaml, target.location() + "/" + path)) {
                tests.add(DynamicTest.dynamicTest(tc.name(), () -> {
                    CaseResult r = runner.run(tc);
                    if (!r.passed()) {
                        Assertions.fail(r.report());
                    }
                }));
            }
            files.add(DynamicContainer.dynamicContainer(path, tests));
        }
        Assertions.assertFalse(files.isEmpty(), "the module lists pay-period case files");
        return files.stream();
    }

    @AfterAll
    static void close() {
        if (runner != null) {
            runner.close();
        }
    }
}
