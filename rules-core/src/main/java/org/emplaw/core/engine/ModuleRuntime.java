package org.emplaw.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.law.Parameter;
import org.emplaw.core.law.ParameterTables;
import org.emplaw.core.module.ModuleDescriptor;
import org.emplaw.core.module.ModuleLoadException;
import org.emplaw.core.module.RuleModule;
import org.emplaw.core.rules.RuleRef;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.internal.conf.IndexLeftBetaMemoryOption;
import org.kie.internal.conf.IndexRightBetaMemoryOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loaded rule module: its KieBase (built once per JVM and cached; thread-safe), its parameter
 * tables, its rules with their citations, and a content hash of its rules and tables for receipts.
 * Drools types stay inside this package.
 */
public final class ModuleRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleRuntime.class);
    private static final Map<String, ModuleRuntime> CACHE = new ConcurrentHashMap<>();

    /** Rule metadata naming the request option without which a rule is left out of the network. */
    public static final String ENABLED_BY = "enabledBy";

    private final RuleModule module;
    private final KieBase kieBase;
    private final List<Parameter> parameters;
    private final List<RuleRef> rules;
    private final String contentHash;
    private final boolean buildTimeModel;
    private final Map<Rule, RuleRef> refs = new ConcurrentHashMap<>();
    /** The build-time model, to build the KieBase of a set of options ({@code null} for DRL compiled at load time). */
    private final ModelSource source;
    /** The options rules are enabled by ({@link #ENABLED_BY}), sorted; empty when every rule is always in the network. */
    private final List<String> gates;
    /** The options whose rules this runtime's KieBase holds (empty: the module's usual KieBase). */
    private final Set<String> enabled;
    private final Map<Set<String>, ModuleRuntime> variants = new ConcurrentHashMap<>();

    private ModuleRuntime(RuleModule module, KieBase kieBase, List<Parameter> parameters, String contentHash,
                          boolean buildTimeModel, ModelSource source) {
        this.module = module;
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.contentHash = contentHash;
        this.buildTimeModel = buildTimeModel;
        this.source = source;
        this.enabled = Set.of();
        List<RuleRef> rs = new ArrayList<>();
        java.util.TreeSet<String> gs = new java.util.TreeSet<>();
        if (source != null) {
            // every rule of the module, also those the usual KieBase leaves out until a request enables them
            for (Model m : source.models()) {
                for (org.drools.model.Rule r : m.getRules()) {
                    rs.add(checked(RuleRef.of(id(), r.getPackage(), r.getName(), r.getMetaData()), r.getName(), r.getPackage()));
                    String gate = RuleRef.clean(r.getMetaData().get(ENABLED_BY));
                    if (gate != null) {
                        if (gate.isBlank()) {
                            throw new ModuleLoadException(id(), module.location(), "rule \"" + r.getName() + "\" in package "
                                    + r.getPackage() + " has an empty @" + ENABLED_BY + " (name the request option)");
                        }
                        gs.add(gate);
                    }
                }
            }
        } else {
            for (KiePackage p : kieBase.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    rs.add(checked(RuleRef.of(id(), r), r.getName(), r.getPackageName()));
                }
            }
        }
        rs.sort(java.util.Comparator.comparing(RuleRef::id));
        this.rules = List.copyOf(rs);
        this.gates = List.copyOf(gs);
    }

    /** The runtime of a set of options: the same module with a KieBase that also holds the rules they enable. */
    private ModuleRuntime(ModuleRuntime usual, KieBase kieBase, Set<String> enabled) {
        this.module = usual.module;
        this.kieBase = kieBase;
        this.parameters = usual.parameters;
        this.contentHash = usual.contentHash;
        this.buildTimeModel = usual.buildTimeModel;
        this.source = null;
        this.rules = usual.rules;
        this.gates = List.of();
        this.enabled = enabled;
    }

    private RuleRef checked(RuleRef ref, String name, String pkg) {
        if (ref.citation().isEmpty()) {
            throw new ModuleLoadException(module.descriptor().id(), module.location(),
                    "rule \"" + name + "\" in package " + pkg + " has no @citation");
        }
        return ref;
    }

    /** The runtime for {@code module}, built once per JVM (keyed by id, version, location and class loader). */
    public static ModuleRuntime of(RuleModule module) {
        String key = module.descriptor().id() + "@" + module.descriptor().version() + "@" + module.location() + "@"
                + System.identityHashCode(module.classLoader());
        return CACHE.computeIfAbsent(key, k -> load(module));
    }

    /** Drops a cached folder module so an edited module can be loaded again (authoring). */
    public static void evict(RuleModule module) {
        CACHE.keySet().removeIf(k -> k.startsWith(module.descriptor().id() + "@"));
    }

    private static ModuleRuntime load(RuleModule module) {
        String id = module.descriptor().id();
        long t0 = System.nanoTime();
        MessageDigest digest = sha256();
        digest.update(("module " + id + " " + module.descriptor().version() + "\n").getBytes(StandardCharsets.UTF_8));
        List<Parameter> params = new ArrayList<>();
        for (String p : module.descriptor().parameters()) {
            String text = read(module, p);
            digest.update(("params " + p + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            params.addAll(ParameterTables.parse(text, id + ":" + p));
        }
        List<String> drl = new ArrayList<>();
        for (String r : module.descriptor().rules()) {
            String text = read(module, r);
            digest.update(("rules " + r + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            drl.add(text);
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        KieBase kb = null;
        boolean buildTime = false;
        ModelSource source = null;
        if (module.hasBuildTimeModel()) {
            List<Model> models = buildTimeModels(module);
            if (models != null) {
                source = new ModelSource(module, models, drl);
                kb = source.kieBase(Set.of());
                buildTime = true;
            } else {
                LOG.warn("rule module {}: no build-time executable model found for {}; compiling its DRL at load time",
                        id, module.descriptor().model());
            }
        }
        if (kb == null) {
            kb = fromDrl(module, drl);
        }
        ModuleRuntime rt = new ModuleRuntime(module, kb, List.copyOf(params), hash, buildTime, source);
        LOG.debug("rule module {} {} loaded in {} ms ({} rules, build-time model: {})", id,
                module.descriptor().version(), (System.nanoTime() - t0) / 1_000_000, rt.rules.size(), buildTime);
        return rt;
    }

    private static String read(RuleModule module, String path) {
        try (InputStream in = module.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModuleLoadException(module.descriptor().id(), path, "cannot be read: " + e, e);
        }
    }

    /**
     * The KieBase options: missing law or facts become findings ({@link GapHandler}); and the KieBase is immutable (it is
     * built once and never changed: an edited module is loaded into a new one), which lets Drools keep each session's
     * facts in a plain identity store instead of a store per fact class that its reset empties and every insert then
     * rebuilds (about 0.3 us of every evaluation's fixed cost). A module may turn the join memories' index off
     * ({@link ModuleDescriptor#betaMemoryIndex()}).
     */
    private static KieBaseConfiguration configuration(ClassLoader cl, ModuleDescriptor descriptor) {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, cl);
        conf.setOption(ConsequenceExceptionHandlerOption.get(GapHandler.class));
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        if (!descriptor.betaMemoryIndex()) {
            conf.setOption(IndexLeftBetaMemoryOption.NO);
            conf.setOption(IndexRightBetaMemoryOption.NO);
        }
        return conf;
    }

    /**
     * Mode (d) of the Drools notes: the generated model classes listed in the module jar's drools-model index, or
     * {@code null} when the jar has none.
     */
    private static List<Model> buildTimeModels(RuleModule module) {
        String[] gav = module.descriptor().model().split(":");
        if (gav.length != 2) {
            throw new ModuleLoadException(module.descriptor().id(), "module.yaml", "model must be groupId:artifactId");
        }
        String index = "META-INF/kie/" + gav[0] + "/" + gav[1] + "/drools-model";
        ClassLoader cl = module.classLoader();
        List<Model> models = new ArrayList<>();
        try (InputStream in = cl.getResourceAsStream(index)) {
            if (in == null) {
                return null;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.contains(":")) {
                    continue; // blank, or the header line "Drools-Model-Version:..."
                }
                Class<?> c = Class.forName(name, true, cl);
                models.add((Model) c.getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            throw new ModuleLoadException(module.descriptor().id(), index, "build-time model cannot be loaded: " + e, e);
        }
        return models.isEmpty() ? null : List.copyOf(models);
    }

    /** A module's build-time model and its rule sources (for the load order, {@link RuleOrder}). */
    private record ModelSource(RuleModule module, List<Model> models, List<String> drl) {
        /**
         * A KieBase of the model's rules: every rule without {@link #ENABLED_BY}, and those enabled by one of
         * {@code options}. It is named after the module and carries the module's release id (group, artifact, version).
         */
        KieBase kieBase(Set<String> options) {
            String[] gav = module.descriptor().model().split(":");
            KieBaseConfiguration conf = configuration(module.classLoader(), module.descriptor());
            org.drools.modelcompiler.KiePackagesBuilder packages = new org.drools.modelcompiler.KiePackagesBuilder(conf);
            RuleOrder.inSourceOrder(models, drl, r -> {
                String gate = RuleRef.clean(r.getMetaData().get(ENABLED_BY));
                return gate == null || options.contains(gate);
            }).forEach(packages::addModel);
            org.kie.api.builder.model.KieBaseModel named = KieServices.get().newKieModuleModel()
                    .newKieBaseModel(module.descriptor().id());
            org.drools.kiesession.rulebase.InternalKnowledgeBase kb = new KieBaseBuilder(named, conf).createKieBase(packages.build());
            kb.setResolvedReleaseId(KieServices.get().newReleaseId(gav[0], gav[1], module.descriptor().version()));
            return kb;
        }
    }

    /**
     * The runtime to evaluate a request with: this one, unless the request sets an option that rules of the module are
     * enabled by ({@code @enabledBy("option")} in DRL, an option whose value is {@code true}); then the runtime whose
     * KieBase also holds those rules, built on first use and kept. A rule enabled by an option is left out of the usual
     * KieBase so that requests without the option never carry its joins; it should still test the option in its
     * conditions, as a module compiled from DRL at load time keeps every rule in one KieBase.
     */
    public ModuleRuntime forRequest(EvaluationContext ctx) {
        if (gates.isEmpty()) {
            return this;
        }
        Set<String> on = null;
        for (int i = 0; i < gates.size(); i++) {
            if (ctx.flag(gates.get(i))) {
                if (on == null) {
                    on = new java.util.TreeSet<>();
                }
                on.add(gates.get(i));
            }
        }
        if (on == null) {
            return this;
        }
        return variants.computeIfAbsent(Set.copyOf(on), s -> {
            long t0 = System.nanoTime();
            KieBase kb;
            synchronized (source) {
                // one build at a time from the shared model objects (two option sets may be asked for at once)
                kb = source.kieBase(s);
            }
            ModuleRuntime v = new ModuleRuntime(this, kb, s);
            LOG.debug("rule module {}: KieBase with the rules enabled by {} built in {} ms", id(), new java.util.TreeSet<>(s),
                    (System.nanoTime() - t0) / 1_000_000);
            return v;
        });
    }

    /** The request options that rules of this module are enabled by (sorted; empty when none). */
    public List<String> options() {
        return gates;
    }

    /** The options whose rules this runtime's KieBase holds besides the module's usual rules (empty for the usual one). */
    public Set<String> enabledOptions() {
        return enabled;
    }

    /** The release id the module's KieBase carries ({@code null} for a folder module compiled at load time). */
    public String releaseId() {
        ReleaseId r = kieBase instanceof org.drools.kiesession.rulebase.InternalKnowledgeBase ikb ? ikb.getResolvedReleaseId() : null;
        return r == null ? null : r.toExternalForm();
    }

    /** Authoring mode: DRL compiled at load time (classic with drools-mvel when present, else executable model). */
    private static KieBase fromDrl(RuleModule module, List<String> drl) {
        String id = module.descriptor().id();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("org.emplaw.modules", id, module.descriptor().version().replaceAll("[^A-Za-z0-9.\\-]", "_")
                + "-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(rid);
        List<String> paths = module.descriptor().rules();
        Map<String, String> original = new java.util.HashMap<>();
        Map<String, String> sources = new java.util.HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String name = paths.get(i).replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            // the folder matches the DRL package (Drools warns otherwise); a prefix keeps names unique
            String path = "src/main/resources/" + folderOf(drl.get(i)) + "/" + i + "-" + name;
            original.put(path, paths.get(i));
            original.put(path.substring("src/main/resources/".length()), paths.get(i)); // Drools reports either form
            sources.put(paths.get(i), drl.get(i));
            kfs.write(path, ks.getResources().newByteArrayResource(drl.get(i).getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(path));
        }
        KieBuilder builder = ks.newKieBuilder(kfs, module.classLoader());
        try {
            if (mvelAvailable()) {
                builder.buildAll();
            } else {
                builder.buildAll(org.drools.model.codegen.ExecutableModelProject.class);
            }
        } catch (RuntimeException e) {
            throw new ModuleLoadException(id, module.location(), "DRL could not be compiled: " + e.getMessage(), e);
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Message m : errors) {
                String file = m.getPath() == null ? "?" : original.getOrDefault(m.getPath(), m.getPath());
                int line = m.getLine() > 0 ? m.getLine() : lineOf(sources.get(file), m.getText());
                sb.append("\n  ").append(module.location()).append('/').append(file)
                        .append(line > 0 ? ":" + line : " (line not reported)").append(": ").append(m.getText());
            }
            throw new ModuleLoadException(id, module.location(), "DRL errors:" + sb);
        }
        KieContainer container = ks.newKieContainer(rid, module.classLoader());
        return container.newKieBase(configuration(module.classLoader(), module.descriptor()));
    }

    /**
     * The line of {@code drl} holding the expression an error names (Drools reports line -1 for some
     * constraint errors: "Unable to parse left part of expression: x > 1"), or -1.
     */
    static int lineOf(String drl, String error) {
        if (drl == null || error == null || error.indexOf(": ") < 0) {
            return -1;
        }
        String fragment = error.substring(error.lastIndexOf(": ") + 2).strip();
        int at = fragment.length() < 3 ? -1 : drl.indexOf(fragment);
        if (at < 0 || drl.indexOf(fragment, at + 1) >= 0) {
            return -1; // not found, or not only once: no guess
        }
        return (int) drl.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** The DRL's package as a folder. */
    private static String folderOf(String drl) {
        java.util.regex.Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1).replace('.', '/') : "defaultpkg";
    }

    private static boolean mvelAvailable() {
        try {
            Class.forName("org.drools.mvel.MVELConstraintBuilder", false, ModuleRuntime.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public RuleModule module() {
        return module;
    }

    public String id() {
        return module.descriptor().id();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** Every rule of the module with its id and citation, sorted by id. */
    public List<RuleRef> rules() {
        return rules;
    }

    public String contentHash() {
        return contentHash;
    }

    public boolean buildTimeModel() {
        return buildTimeModel;
    }

    RuleRef ref(Rule rule) {
        // read first: every firing asks, and a plain read takes no lock where computeIfAbsent may lock the bin
        RuleRef ref = refs.get(rule);
        return ref != null ? ref : refs.computeIfAbsent(rule, r -> RuleRef.of(id(), r));
    }
}
