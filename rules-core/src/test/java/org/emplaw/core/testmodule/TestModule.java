package org.emplaw.core.testmodule;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.emplaw.core.module.FolderRuleModule;

/** Loads the test-only module from src/test/resources/test-module (authoring mode). */
public final class TestModule {
    private TestModule() {
    }

    public static Path folder() {
        try {
            return Path.of(TestModule.class.getResource("/test-module/module.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FolderRuleModule load() {
        return FolderRuleModule.load(folder());
    }
}
