package org.emplaw.ca.wage.pay;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.CaWageModule;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.Parameter;
import org.emplaw.core.law.ParameterTables;

/** The module's parameter tables as a LawBook, for unit tests of the pay-period functions. */
public final class PayLaw {
    private static LawBook book;

    private PayLaw() {
    }

    public static synchronized LawBook book() {
        if (book == null) {
            CaWageModule m = new CaWageModule();
            List<Parameter> ps = new ArrayList<>();
            for (String path : m.descriptor().parameters()) {
                try (InputStream in = m.open(path)) {
                    ps.addAll(ParameterTables.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            book = LawBook.of(ps, List.of());
        }
        return book;
    }
}
