package org.emplaw.core.module;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A rule module: DRL rules, effective-dated parameter tables and YAML cases, described by a
 * {@link ModuleDescriptor}. Shipped modules register an implementation with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.emplaw.core.module.RuleModule}),
 * usually by extending {@link ClasspathRuleModule}; a module under development can be loaded from a
 * folder with {@link FolderRuleModule}.
 */
public interface RuleModule {

    ModuleDescriptor descriptor();

    /** Opens one of the module's files (a path listed in the descriptor). */
    InputStream open(String path) throws IOException;

    /** Where the module's files are, for messages ({@code classpath:org/emplaw/ca/wage}, a folder path). */
    String location();

    /** The class loader that sees the module's classes (facts, rule functions, generated model). */
    ClassLoader classLoader();

    /**
     * Extra fact kinds this module defines beyond the core ones, for YAML cases and readers
     * ({@code equal_pay_claim -> EqualPayClaim.class}). Never chosen by input: this map is code.
     */
    default Map<String, Class<? extends Record>> factTypes() {
        return Map.of();
    }

    /**
     * When requests of a batch may share one session ({@link RequestIndependence}); {@code null} (the default): every
     * request of a batch is evaluated in a session of its own.
     */
    default RequestIndependence requestIndependence() {
        return null;
    }

    /** True when this module's rules were compiled into an executable model at build time. */
    default boolean hasBuildTimeModel() {
        return false;
    }
}
