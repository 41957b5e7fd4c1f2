package org.emplaw.ca.wage;

import java.util.Map;
import org.emplaw.ca.wage.equalpay.EqualPayClaim;
import org.emplaw.core.module.ClasspathRuleModule;

/** The California wage-and-hour rule module ({@code us-ca-wage}), registered with ServiceLoader. */
public final class CaWageModule extends ClasspathRuleModule {
    public CaWageModule() {
        super("org/emplaw/ca/wage");
    }

    /** The module's own fact kinds: {@code equal_pay_claim} (Lab. Code 1197.5). */
    @Override
    public Map<String, Class<? extends Record>> factTypes() {
        return Map.of("equal_pay_claim", EqualPayClaim.class);
    }

    /** Requests about different employees can share a batch session ({@link IndependentEmployees}). */
    @Override
    public org.emplaw.core.module.RequestIndependence requestIndependence() {
        return IndependentEmployees.INSTANCE;
    }
}
