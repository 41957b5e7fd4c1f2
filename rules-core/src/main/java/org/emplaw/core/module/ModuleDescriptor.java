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
 * </pre>
 */
public record ModuleDescriptor(String id, String version, String name, String jurisdiction, String model,
                               List<String> rules, List<String> parameters, List<String> cases, Set<String> accepts) {
    private static final Set<String> KEYS = Set.of("id", "version", "name", "jurisdiction", "model", "rules",
            "parameters", "cases", "accepts", "description");

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
                list(m.get("cases"), id, origin), Set.copyOf(list(m.get("accepts"), id, origin)));
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
