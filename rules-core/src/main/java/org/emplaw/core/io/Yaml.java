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
 * No environment variables are substituted ({@code ${HOME}} stays text). A document nested deeper than
 * {@link #MAX_DEPTH} levels, or one whose aliases make a structure contain itself, is an input error:
 * both would otherwise exhaust the stack of whatever reads the values.
 */
public final class Yaml {
    /** The deepest nesting of mappings and lists accepted (fact records nest a few levels). */
    public static final int MAX_DEPTH = 64;

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
        flowDepth(text, label);
        try {
            return checked(new Load(settings(label)).loadFromString(text), label);
        } catch (StackOverflowError e) {
            throw tooDeep(label);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(label, null, "YAML/JSON syntax: " + firstLine(e.getMessage()));
        }
    }

    public static Object load(InputStream in, String label) throws IOException {
        return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), label);
    }

    public static Object load(Reader in, String label) {
        try {
            return checked(new Load(settings(label)).loadFromReader(in), label);
        } catch (StackOverflowError e) {
            throw tooDeep(label);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(label, null, "YAML/JSON syntax: " + firstLine(e.getMessage()));
        }
    }

    /** Loads every document of a multi-document stream. */
    public static List<Object> loadAll(String text, String label) {
        flowDepth(text, label);
        try {
            List<Object> out = new ArrayList<>();
            new Load(settings(label)).loadAllFromString(text).forEach(d -> out.add(checked(d, label)));
            return out;
        } catch (StackOverflowError e) {
            throw tooDeep(label);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(label, null, "YAML/JSON syntax: " + firstLine(e.getMessage()));
        }
    }

    private static InputException tooDeep(String label) {
        return new InputException(label, null, "YAML/JSON structure is nested too deeply (at most " + MAX_DEPTH + " levels)");
    }

    /**
     * A cheap scan of flow-style nesting ({@code [ {} outside double-quoted strings) before parsing, so a
     * line of JSON nested thousands deep is rejected at once instead of through a stack overflow (which is
     * also caught, for block-style nesting, but costs a full stack).
     */
    private static void flowDepth(String text, String label) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw tooDeep(label);
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }

    /** Rejects documents deeper than {@link #MAX_DEPTH} or containing themselves through aliases. */
    private static Object checked(Object doc, String label) {
        check(doc, 0, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), label);
        return doc;
    }

    private static void check(Object o, int depth, java.util.Set<Object> path, String label) {
        if (!(o instanceof java.util.Map<?, ?>) && !(o instanceof java.util.Collection<?>)) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            throw tooDeep(label);
        }
        if (!path.add(o)) {
            throw new InputException(label, null, "YAML/JSON structure contains itself (a recursive alias)");
        }
        if (o instanceof java.util.Map<?, ?> m) {
            for (java.util.Map.Entry<?, ?> e : m.entrySet()) {
                check(e.getKey(), depth + 1, path, label);
                check(e.getValue(), depth + 1, path, label);
            }
        } else {
            for (Object x : (java.util.Collection<?>) o) {
                check(x, depth + 1, path, label);
            }
        }
        path.remove(o);
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
