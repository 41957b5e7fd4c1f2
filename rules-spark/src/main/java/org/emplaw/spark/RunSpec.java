package org.emplaw.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emplaw.core.Receipt;

/**
 * What a Spark run evaluates with, as plain serializable values: the rule module ids, the module
 * versions and content hashes the driver resolved (every executor checks it loaded the same), the
 * evaluation date for employees without pay data, interpretive options, parameter overlays (their YAML
 * text) and the batch tuning of each executor's evaluator. This is all that is broadcast: a Drools
 * {@code KieBase} is not serializable, so each executor JVM builds its own from these ids, once.
 *
 * @param moduleIds  modules to load on every executor (empty: every module on the driver's classpath, resolved
 *                   to their ids before broadcasting)
 * @param modules    id, version and rules hash of each module as the driver loaded it (empty before resolution)
 * @param asOf       evaluation date for employees that have no pay rows, or {@code null} (they are then errors,
 *                   as in the in-process audit)
 * @param options    documented interpretive options of the modules, passed to every evaluation
 * @param overlays   parameter overlays (figures of law to supply), as YAML text with the name of where it came from
 * @param threads    evaluation threads per executor JVM (0: its processors)
 * @param chunkSize  evaluations per session chunk (see {@code Emplaw.Builder#chunkSize}); with {@code perEmployee}, the
 *                   chunk holds that many fewer employees ({@code PayrollJoin.chunkSize})
 * @param perEmployee one evaluation per employee holding all its pay periods ({@code emplaw audit --requests employee})
 */
public record RunSpec(List<String> moduleIds, List<Stamp> modules, LocalDate asOf, Map<String, String> options,
                      List<Overlay> overlays, int threads, int chunkSize, boolean perEmployee) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One module as used: id, version and the content hash of its rules and tables. */
    public record Stamp(String id, String version, String rulesHash) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Stamp of(Receipt.ModuleStamp s) {
            return new Stamp(s.id(), s.version(), s.rulesHash());
        }
    }

    /** A parameter overlay: its YAML and where it came from (named in errors and findings). */
    public record Overlay(String yaml, String origin) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public RunSpec {
        moduleIds = List.copyOf(moduleIds == null ? List.of() : moduleIds);
        modules = List.copyOf(modules == null ? List.of() : modules);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        overlays = List.copyOf(overlays == null ? List.of() : overlays);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more: " + threads);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
    }

    /** Every module on the classpath, no as-of date, no options or overlays, default tuning. */
    public static RunSpec defaults() {
        return new RunSpec(List.of(), List.of(), null, Map.of(), List.of(), 0, 256, false);
    }

    public RunSpec withModules(String... ids) {
        return new RunSpec(List.of(ids), modules, asOf, options, overlays, threads, chunkSize, perEmployee);
    }

    public RunSpec withAsOf(LocalDate date) {
        return new RunSpec(moduleIds, modules, date, options, overlays, threads, chunkSize, perEmployee);
    }

    public RunSpec withOption(String key, String value) {
        Map<String, String> o = new LinkedHashMap<>(options);
        o.put(key, value);
        return new RunSpec(moduleIds, modules, asOf, o, overlays, threads, chunkSize, perEmployee);
    }

    public RunSpec withOverlay(String yaml, String origin) {
        List<Overlay> o = new ArrayList<>(overlays);
        o.add(new Overlay(yaml, origin));
        return new RunSpec(moduleIds, modules, asOf, options, o, threads, chunkSize, perEmployee);
    }

    /**
     * One evaluation per employee holding all its pay periods, as {@code emplaw audit --requests employee} (the pay-period
     * findings are the same; employee-level findings once per employee), instead of one per pay period.
     */
    public RunSpec withRequestsPerEmployee(boolean perEmployee) {
        return new RunSpec(moduleIds, modules, asOf, options, overlays, threads, chunkSize, perEmployee);
    }

    public RunSpec withTuning(int evaluationThreads, int sessionChunk) {
        return new RunSpec(moduleIds, modules, asOf, options, overlays, evaluationThreads, sessionChunk, perEmployee);
    }

    RunSpec resolved(List<String> ids, List<Stamp> stamps) {
        return new RunSpec(ids, stamps, asOf, options, overlays, threads, chunkSize, perEmployee);
    }

    /** What an evaluator is built from (options and the as-of date are per request, not per evaluator). */
    EvaluatorKey evaluatorKey() {
        return new EvaluatorKey(moduleIds, overlays, threads, chunkSize);
    }

    record EvaluatorKey(List<String> moduleIds, List<Overlay> overlays, int threads, int chunkSize) {
    }
}
