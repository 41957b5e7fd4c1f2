package org.emplaw.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;

/**
 * Gives a module's rules one load order that follows its sources: the rule files in the order {@code module.yaml}
 * lists them, and the rules of a file in the order they are written.
 *
 * <p>Drools fires rules of equal salience in load order, so the load order decides the order of the explanation trace.
 * The build-time executable model does not keep it: its model classes have generated names and are listed, and their
 * rules generated, in an order that changes from one build of the same sources to the next, and Drools numbers the
 * rules of each package from zero, so rules of different packages tie. Here the rules of every package are handed to
 * Drools as one list in source order (numbered once), and everything else of each package as it was.
 */
final class RuleOrder {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");

    private RuleOrder() {
    }

    /**
     * The models to build, in their order: each given model without its rules, then one model holding every rule in
     * source order ({@code drl}: the texts of the rule files in {@code module.yaml} order). A rule not found in the
     * sources (none should be) follows them, ordered by package and name.
     */
    static List<Model> inSourceOrder(List<Model> models, List<String> drl) {
        return inSourceOrder(models, drl, r -> true);
    }

    /** As {@link #inSourceOrder(List, List)}, keeping only the rules {@code include} accepts. */
    static List<Model> inSourceOrder(List<Model> models, List<String> drl, java.util.function.Predicate<Rule> include) {
        Map<String, Integer> position = positions(drl);
        List<Rule> rules = new ArrayList<>();
        List<Model> out = new ArrayList<>(models.size() + 1);
        for (Model m : models) {
            for (Rule r : m.getRules()) {
                if (include.test(r)) {
                    rules.add(r);
                }
            }
            out.add(new Part(m.getName(), m.getPackageName(), m.getGlobals(), List.of(), m.getQueries(),
                    m.getTypeMetaDatas(), m.getEntryPoints()));
        }
        rules.sort(Comparator.comparingInt((Rule r) -> position.getOrDefault(key(r.getPackage(), r.getName()), Integer.MAX_VALUE))
                .thenComparing(Rule::getPackage).thenComparing(Rule::getName));
        if (!models.isEmpty()) {
            String name = models.get(0).getName();
            out.add(new Part(name, name, List.of(), rules, List.of(), List.of(), List.of()));
        }
        return out;
    }

    /** Each rule's position in the sources, keyed by package and name. */
    static Map<String, Integer> positions(List<String> drl) {
        Map<String, Integer> position = new HashMap<>();
        int next = 0;
        for (String text : drl) {
            Matcher pm = PACKAGE.matcher(text);
            String pkg = pm.find() ? pm.group(1) : "";
            Matcher rm = RULE.matcher(text);
            while (rm.find()) {
                String name = rm.group(1) != null ? rm.group(1).replace("\\\"", "\"") : rm.group(2) != null ? rm.group(2) : rm.group(3);
                position.putIfAbsent(key(pkg, name), next++);
            }
        }
        return position;
    }

    private static String key(String pkg, String name) {
        return pkg + "\u0000" + name;
    }

    /**
     * A model handed to Drools: a package's globals, types, queries and entry points without its rules, or the rules of
     * every package (each rule names its own package) in load order.
     */
    private record Part(String name, String packageName, List<Global> globals, List<Rule> rules, List<Query> queries,
                        List<TypeMetaData> typeMetaDatas, List<EntryPoint> entryPoints) implements Model {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getPackageName() {
            return packageName;
        }

        @Override
        public List<Global> getGlobals() {
            return globals;
        }

        @Override
        public List<Rule> getRules() {
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return queries;
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return typeMetaDatas;
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return entryPoints;
        }
    }
}
