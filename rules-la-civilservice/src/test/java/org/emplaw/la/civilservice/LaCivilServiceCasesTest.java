package org.emplaw.la.civilservice;

import java.util.stream.Stream;
import org.emplaw.core.cases.CaseTests;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every YAML case of the module, one dynamic test per case. */
class LaCivilServiceCasesTest {
    @TestFactory
    Stream<DynamicNode> cases() {
        return CaseTests.forModule("us-ca-la-civil-service");
    }
}
