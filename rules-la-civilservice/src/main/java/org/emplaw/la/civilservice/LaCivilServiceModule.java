package org.emplaw.la.civilservice;

import org.emplaw.core.module.ClasspathRuleModule;

/** The City of Los Angeles civil-service rule module ({@code us-ca-la-civil-service}), registered with ServiceLoader. */
public final class LaCivilServiceModule extends ClasspathRuleModule {
    public LaCivilServiceModule() {
        super("org/emplaw/la/civilservice");
    }
}
