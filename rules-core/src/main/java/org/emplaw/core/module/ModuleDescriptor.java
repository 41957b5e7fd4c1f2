package org.emplaw.core.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emplaw.core.io.Values;
import org.emplaw.core.io.Yaml;

/**
 * What a rule module is, read from its {@code module.yaml}:
 *
 * <pre>
 * id: us-ca-wage                      # unique; also the KieBase name
 * version: 2026.11.0
 * name: California wage and hour
 * jurisdiction: US-CA
 * model: org.emplaw:rules-ca-wage     # groupId:artifactId of the build-time executable model (classpath modules)
 * rules: [lc-510-overtime.drl, ...]   # paths relative to the descriptor's folder
 * parameters: [params/minimum-wage.yaml, ...]
 * cases: [lc-510-overtime.cases.yaml, ...]
 * accepts: [employee, pay_period]     # fact kinds that make a request this module's business
 * engine:                             # optional settings of the module's Drools engine (performance only)
 *   beta_memory_index: false          # default true; see {@link #betaMemoryIndex()}
 * </pre>
 */
public record ModuleDescriptor(String id, String version, String name, String jurisdiction, String model,
                               List<String> rules, List<String> parameters, List<String> cases, Set<String> accepts,
                               Map<String, String> engine) {
    private static final Set<String> KEYS = Set.of("id", "version", "name", "jurisdiction", "model", "rules",
            "parameters", "cases", "accepts", "description", "engine");
    /** The settings {@code engine:} may hold, with their allowed values. */
    private static final Map<String, Set<String>> ENGINE_KEYS = Map.of("beta_memory_index", Set.of("true", "false"));

    public ModuleDescriptor {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new ModuleLoadException(String.valueOf(id), "module.yaml", "id must be lower-case letters, digits and '-'");
        }
        if (version == null || version.isBlank()) {
            throw new ModuleLoadException(id, "module.yaml", "version is required");
        }
        rules = List.copyOf(rules == null ? List.of() : rules);
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
        cases = List.copyOf(cases == null ? List.of() : cases);
        accepts = Set.copyOf(accepts == null ? Set.of() : accepts);
        engine = Map.copyOf(engine == null ? Map.of() : engine);
        for (Map.Entry<String, String> e : engine.entrySet()) {
            Set<String> allowed = ENGINE_KEYS.get(e.getKey());
            if (allowed == null) {
                throw new ModuleLoadException(id, "module.yaml", "unknown engine setting '" + e.getKey() + "' (known: "
                        + ENGINE_KEYS.keySet() + ")");
            }
            if (!allowed.contains(e.getValue())) {
                throw new ModuleLoadException(id, "module.yaml", "engine setting " + e.getKey() + " must be one of "
                        + allowed + ", got '" + e.getValue() + "'");
            }
        }
    }

    /** A descriptor without engine settings. */
    public ModuleDescriptor(String id, String version, String name, String jurisdiction, String model, List<String> rules,
                            List<String> parameters, List<String> cases, Set<String> accepts) {
        this(id, version, name, jurisdiction, model, rules, parameters, cases, accepts, Map.of());
    }

    /**
     * Whether Drools indexes the join memories of the module's rules ({@code engine: beta_memory_index}, default
     * true). Indexing pays when a rule joins many facts of one kind by a key (the LA module joins candidates by id);
     * when each evaluation holds a handful of facts per kind (one employee, one pay period), the index is only kept
     * and emptied again, and a module may turn it off. It changes no result, only speed.
     */
    public boolean betaMemoryIndex() {
        return !"false".equals(engine.get("beta_memory_index"));
    }

    public static ModuleDescriptor parse(String yaml, String origin) {
        Object doc = Yaml.load(yaml, origin);
        if (!(doc instanceof Map<?, ?> m)) {
            throw new ModuleLoadException("?", origin, "expected a mapping");
        }
        String id = str(m.get("id"));
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new ModuleLoadException(String.valueOf(id), origin, "unknown key '" + k + "' (known: " + KEYS + ")");
            }
        }
        return new ModuleDescriptor(id, str(m.get("version")), str(m.get("name")), str(m.get("jurisdiction")),
                str(m.get("model")), list(m.get("rules"), id, origin), list(m.get("parameters"), id, origin),
                list(m.get("cases"), id, origin), Set.copyOf(list(m.get("accepts"), id, origin)),
                engine(m.get("engine"), id, origin));
    }

    private static Map<String, String> engine(Object o, String id, String origin) {
        if (Values.isAbsent(o)) {
            return Map.of();
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new ModuleLoadException(String.valueOf(id), origin, "engine: expected a mapping, got '" + o + "'");
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k).strip(), String.valueOf(v).strip()));
        return out;
    }

    private static String str(Object o) {
        return Values.isAbsent(o) ? null : String.valueOf(o).strip();
    }

    private static List<String> list(Object o, String id, String origin) {
        if (Values.isAbsent(o)) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new ModuleLoadException(String.valueOf(id), origin, "expected a list, got '" + o + "'");
        }
        List<String> out = new ArrayList<>();
        for (Object x : l) {
            out.add(String.valueOf(x).strip());
        }
        return out;
    }
}
