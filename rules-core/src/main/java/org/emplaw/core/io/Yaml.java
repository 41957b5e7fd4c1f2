package org.emplaw.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

/**
 * Safe YAML (and JSON, which is YAML) loading. The failsafe schema turns every scalar into a string,
 * so nothing in input picks a Java type, runs code or loads a class: the target record decides how
 * each value is read ({@link Values}, {@link RecordMapper}). Numbers stay exact for {@link java.math.BigDecimal}.
 */
public final class Yaml {
    private Yaml() {
    }

    private static LoadSettings settings(String label) {
        return LoadSettings.builder()
                .setLabel(label)
                .setSchema(new FailsafeSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(64 * 1024 * 1024)
                .build();
    }

    /** Loads one document from a string; {@code label} names the source in error messages. */
    public static Object load(String text, String label) {
        try {
            return new Load(settings(label)).loadFromString(text);
        } catch (RuntimeException e) {
            throw new InputException(label, null, "YAML/JSON syntax: " + firstLine(e.getMessage()));
        }
    }

    public static Object load(InputStream in, String label) throws IOException {
        return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), label);
    }

    public static Object load(Reader in, String label) {
        try {
            return new Load(settings(label)).loadFromReader(in);
        } catch (RuntimeException e) {
            throw new InputException(label, null, "YAML/JSON syntax: " + firstLine(e.getMessage()));
        }
    }

    /** Loads every document of a multi-document stream. */
    public static List<Object> loadAll(String text, String label) {
        try {
            List<Object> out = new ArrayList<>();
            new Load(settings(label)).loadAllFromString(text).forEach(out::add);
            return out;
        } catch (RuntimeException e) {
            throw new InputException(label, null, "YAML/JSON syntax: " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " " + t.substring(nl + 1).replace('\n', ' ').strip();
    }
}
