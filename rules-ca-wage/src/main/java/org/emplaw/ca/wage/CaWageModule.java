package org.emplaw.ca.wage;

import org.emplaw.core.module.ClasspathRuleModule;

/** The California wage-and-hour rule module ({@code us-ca-wage}), registered with ServiceLoader. */
public final class CaWageModule extends ClasspathRuleModule {
    public CaWageModule() {
        super("org/emplaw/ca/wage");
    }
}
