package org.emplaw.examples;

import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.PayPeriod;

/** Test access to the example's sample facts. */
final class HrisEmbeddingExampleAccess {
    private HrisEmbeddingExampleAccess() {
    }

    static Employee employee() {
        return org.emplaw.examples.embed.HrisEmbeddingExample.sampleEmployee();
    }

    static PayPeriod period() {
        return org.emplaw.examples.embed.HrisEmbeddingExample.samplePayPeriod();
    }
}
