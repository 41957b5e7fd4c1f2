package org.emplaw.ca.wage.exemption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.Parameter;
import org.emplaw.core.law.ParameterTables;

/** The module's own parameter tables, loaded as the engine loads them, for unit tests of the rule functions. */
public final class ModuleLaw {
    private static LawBook book;

    private ModuleLaw() {
    }

    public static synchronized LawBook book() {
        if (book == null) {
            List<Parameter> all = new ArrayList<>();
            for (String f : List.of("minimum-wage.yaml", "exemptions.yaml", "federal-flsa.yaml", "equal-pay.yaml", "overtime.yaml")) {
                String path = "org/emplaw/ca/wage/params/" + f;
                try (InputStream in = ModuleLaw.class.getClassLoader().getResourceAsStream(path)) {
                    all.addAll(ParameterTables.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path));
                } catch (IOException e) {
                    throw new IllegalStateException(path, e);
                }
            }
            book = LawBook.of(all, List.of());
        }
        return book;
    }
}
