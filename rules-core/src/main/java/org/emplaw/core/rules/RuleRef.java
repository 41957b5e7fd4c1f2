package org.emplaw.core.rules;

import java.util.Map;

/**
 * A rule as declared in DRL: its stable id ({@code @ruleId}), its name (a sentence of law) and its
 * citation ({@code @citation}).
 */
public record RuleRef(String module, String id, String name, String citation) {

    /** Reads the metadata of a Drools rule; string values lose the quotes the executable model keeps. */
    public static RuleRef of(String module, org.kie.api.definition.rule.Rule rule) {
        return of(module, rule.getPackageName(), rule.getName(), rule.getMetaData());
    }

    /** A rule of {@code packageName} named {@code name} with its metadata ({@code @ruleId}, {@code @citation}). */
    public static RuleRef of(String module, String packageName, String name, Map<String, Object> meta) {
        String id = clean(meta.get("ruleId"));
        String citation = clean(meta.get("citation"));
        return new RuleRef(module, id == null ? packageName + "." + name : id, name, citation == null ? "" : citation);
    }

    /** A metadata value as text: a string loses the quotes the executable model keeps; {@code null} stays null. */
    public static String clean(Object o) {
        if (o == null) {
            return null;
        }
        String s = String.valueOf(o).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s;
    }
}
