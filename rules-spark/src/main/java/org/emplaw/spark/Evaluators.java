package org.emplaw.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.emplaw.core.Emplaw;
import org.emplaw.core.ModuleInfo;
import org.emplaw.core.law.ParameterOverlay;
import org.emplaw.examples.audit.Places;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evaluator per JVM and run description, built lazily the first time a task of this JVM needs it
 * and then shared by every task (an {@link Emplaw} is thread-safe). Nothing here is ever serialized:
 * executors rebuild from the {@link RunSpec}'s module ids. The evaluator lives as long as the JVM.
 */
public final class Evaluators {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluators.class);
    private static final Map<RunSpec.EvaluatorKey, Emplaw> EVALUATORS = new ConcurrentHashMap<>();
    private static volatile Places places;

    private Evaluators() {
    }

    /** The evaluator for {@code spec}; when the spec carries module stamps, checks this JVM loaded the same modules. */
    public static Emplaw of(RunSpec spec) {
        Emplaw e = EVALUATORS.computeIfAbsent(spec.evaluatorKey(), k -> build(spec));
        if (!spec.modules().isEmpty()) {
            List<RunSpec.Stamp> here = stamps(e);
            if (!here.equals(spec.modules())) {
                throw new IllegalStateException("this JVM loaded other rule modules than the driver: driver " + spec.modules()
                        + ", here " + here + " (ship the same module jars to every executor)");
            }
        }
        return e;
    }

    /** Id, version and rules hash of each loaded module, in load order. */
    public static List<RunSpec.Stamp> stamps(Emplaw e) {
        List<RunSpec.Stamp> out = new ArrayList<>();
        for (ModuleInfo m : e.modules()) {
            out.add(new RunSpec.Stamp(m.id(), m.version(), m.contentHash()));
        }
        return out;
    }

    /** The bundled California places (checked on every work location), once per JVM. */
    static Places places() {
        Places p = places;
        if (p == null) {
            synchronized (Evaluators.class) {
                if (places == null) {
                    places = Places.bundled();
                }
                p = places;
            }
        }
        return p;
    }

    private static Emplaw build(RunSpec spec) {
        long t0 = System.nanoTime();
        Emplaw.Builder b = Emplaw.builder();
        if (spec.moduleIds().isEmpty()) {
            b.discoverModules();
        } else {
            b.modules(spec.moduleIds().toArray(String[]::new));
        }
        for (RunSpec.Overlay o : spec.overlays()) {
            b.overlay(ParameterOverlay.fromYaml(o.yaml(), o.origin()));
        }
        if (spec.threads() > 0) {
            b.threads(spec.threads());
        }
        b.chunkSize(spec.chunkSize());
        Emplaw e = b.build();
        List<String> models = new ArrayList<>();
        for (ModuleInfo m : e.modules()) {
            models.add(m.id() + (m.buildTimeModel() ? " (build-time executable model)" : " (compiled at load)"));
        }
        LOG.info("emplaw evaluator built in {} ms: {}, hashes {}", (System.nanoTime() - t0) / 1_000_000, models, stamps(e));
        return e;
    }
}
