package org.emplaw.core.testmodule;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.module.FolderRuleModule;
import org.emplaw.core.module.ModuleDescriptor;
import org.emplaw.core.module.RequestIndependence;
import org.emplaw.core.module.RuleModule;
import org.emplaw.core.rules.MissingFactException;

/** Rule functions and the module of rules-core's shared-session tests (src/test/resources/sharing-module; not law). */
public final class SharingRules {
    private SharingRules() {
    }

    /** A fact a rule derives from an employee: it belongs to the request whose firing inserted it. */
    public record Note(String employeeId, String subject) {
    }

    public static Finding noted(Note n, LocalDate asOf) {
        return Finding.of("The employee is noted", n.subject()).outcome(true).fact("as_of", asOf).build();
    }

    public static Finding positions(Employee e, List<?> positions) {
        return Finding.of("The employee's positions are counted", e.subject()).outcome(positions.size() == 1)
                .fact("positions", positions.size()).build();
    }

    public static Finding position(Position p) {
        return Finding.of("The position is listed", "position " + p.id()).outcome(true).fact("title", p.title()).build();
    }

    public static Finding pair(Employee a, Employee b) {
        return Finding.of("The two employees are compared", a.subject()).outcome(true).fact("other", b.id()).build();
    }

    public static void untitled(Position p) {
        throw new MissingFactException(null, List.of("title of position " + p.id()));
    }

    public static void fail(Employee e) {
        throw new IllegalStateException("rule function failed for " + e.id());
    }

    /**
     * The sharing module: requests are independent when their employees differ (exclusive) and their positions are the
     * same instances (shared), as the California module states it.
     */
    public static RuleModule module() {
        FolderRuleModule folder;
        try {
            folder = FolderRuleModule.load(Path.of(SharingRules.class.getResource("/sharing-module/module.yaml").toURI())
                    .getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        RequestIndependence keys = (facts, k) -> {
            for (Object f : facts) {
                if (f instanceof Employee e) {
                    k.exclusive("employee:" + e.id());
                } else if (f instanceof Position p) {
                    k.shared("position:" + p.id(), p);
                } else {
                    return false;
                }
            }
            return true;
        };
        return new RuleModule() {
            @Override
            public ModuleDescriptor descriptor() {
                return folder.descriptor();
            }

            @Override
            public java.io.InputStream open(String path) throws java.io.IOException {
                return folder.open(path);
            }

            @Override
            public String location() {
                return folder.location();
            }

            @Override
            public ClassLoader classLoader() {
                return folder.classLoader();
            }

            @Override
            public RequestIndependence requestIndependence() {
                return keys;
            }
        };
    }
}
