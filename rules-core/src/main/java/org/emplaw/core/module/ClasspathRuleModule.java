package org.emplaw.core.module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base for shipped rule modules: reads {@code module.yaml} from the module jar's resource folder.
 *
 * <pre>
 * public final class CaWageModule extends ClasspathRuleModule {
 *     public CaWageModule() { super("org/emplaw/ca/wage"); }
 * }
 * </pre>
 */
public abstract class ClasspathRuleModule implements RuleModule {
    private final String base;
    private final ModuleDescriptor descriptor;

    protected ClasspathRuleModule(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(this.base + "/module.yaml")) {
            if (in == null) {
                throw new ModuleLoadException(getClass().getName(), this.base + "/module.yaml", "not found on the classpath");
            }
            this.descriptor = ModuleDescriptor.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "classpath:" + this.base + "/module.yaml");
        } catch (IOException e) {
            throw new ModuleLoadException(getClass().getName(), this.base + "/module.yaml", e.toString(), e);
        }
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public InputStream open(String path) throws IOException {
        InputStream in = classLoader().getResourceAsStream(base + "/" + path);
        if (in == null) {
            throw new ModuleLoadException(descriptor.id(), base + "/" + path, "listed in module.yaml but not found on the classpath");
        }
        return in;
    }

    @Override
    public String location() {
        return "classpath:" + base;
    }

    @Override
    public ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    @Override
    public boolean hasBuildTimeModel() {
        return descriptor.model() != null;
    }
}
