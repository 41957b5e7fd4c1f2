package org.emplaw.ca.wage;

import java.util.stream.Stream;
import org.emplaw.core.cases.CaseTests;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every YAML case of module {@code us-ca-wage}, one dynamic test per case. */
class CasesTest {
    @TestFactory
    Stream<DynamicNode> cases() {
        return CaseTests.forModule("us-ca-wage");
    }
}
