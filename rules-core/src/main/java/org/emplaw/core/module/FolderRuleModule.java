package org.emplaw.core.module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Authoring mode: a rule module loaded from a folder (its {@code module.yaml}, DRL files, parameter
 * tables and cases) without a Maven build. Its DRL is compiled when it is loaded; errors name the
 * file and line. When the descriptor lists no rules, parameters or cases, every {@code *.drl},
 * {@code params/*.yaml} and {@code *.cases.yaml} under the folder is used.
 */
public final class FolderRuleModule implements RuleModule {
    private final Path root;
    private final ModuleDescriptor descriptor;
    private final ClassLoader loader;

    private FolderRuleModule(Path root, ModuleDescriptor d, ClassLoader loader) {
        this.root = root;
        this.descriptor = d;
        this.loader = loader;
    }

    public static FolderRuleModule load(Path folder) {
        return load(folder, FolderRuleModule.class.getClassLoader());
    }

    public static FolderRuleModule load(Path folder, ClassLoader loader) {
        Path root = folder.toAbsolutePath().normalize();
        Path yaml = root.resolve("module.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new ModuleLoadException(root.getFileName().toString(), yaml.toString(), "no module.yaml in the folder");
        }
        try {
            ModuleDescriptor d = ModuleDescriptor.parse(Files.readString(yaml), yaml.toString());
            List<String> rules = d.rules().isEmpty() ? find(root, ".drl") : d.rules();
            List<String> params = d.parameters().isEmpty() ? findParams(root) : d.parameters();
            List<String> cases = d.cases().isEmpty() ? find(root, ".cases.yaml") : d.cases();
            ModuleDescriptor full = new ModuleDescriptor(d.id(), d.version(), d.name(), d.jurisdiction(), null, rules,
                    params, cases, d.accepts(), d.engine());
            for (String p : concat(rules, params, cases)) {
                Path f = root.resolve(p).normalize();
                if (!f.startsWith(root)) {
                    throw new ModuleLoadException(d.id(), p, "path leaves the module folder");
                }
                if (!Files.isRegularFile(f)) {
                    throw new ModuleLoadException(d.id(), f.toString(), "listed in module.yaml but not found");
                }
            }
            return new FolderRuleModule(root, full, loader);
        } catch (IOException e) {
            throw new ModuleLoadException(root.getFileName().toString(), yaml.toString(), e.toString(), e);
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... ls) {
        List<String> out = new ArrayList<>();
        for (List<String> l : ls) {
            out.addAll(l);
        }
        return out;
    }

    private static List<String> find(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
    }

    private static List<String> findParams(Path root) throws IOException {
        Path dir = root.resolve("params");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path f = root.resolve(path).normalize();
        if (!f.startsWith(root)) {
            throw new ModuleLoadException(descriptor.id(), path, "path leaves the module folder");
        }
        return Files.newInputStream(f);
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public ClassLoader classLoader() {
        return loader;
    }
}
