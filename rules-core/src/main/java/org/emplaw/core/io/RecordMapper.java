package org.emplaw.core.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads plain maps and lists (from YAML, JSON Lines or CSV) into the immutable fact records and
 * writes records back to maps, by the records' own components. Keys may be snake_case or camelCase.
 * Unknown keys are errors (a misspelt column never vanishes). Which record to build is always
 * decided by the caller's code, never by the input.
 */
public final class RecordMapper {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private RecordMapper() {
    }

    /** Builds a record of {@code type} from {@code source}; {@code path} names it in errors. */
    public static <T extends Record> T read(Object source, Class<T> type, String path) {
        if (!(source instanceof Map<?, ?> map)) {
            throw new InputException(path, null, "expected a mapping of fields for " + type.getSimpleName());
        }
        RecordComponent[] comps = components(type);
        Map<String, RecordComponent> byKey = new LinkedHashMap<>();
        for (RecordComponent c : comps) {
            byKey.put(c.getName(), c);
            byKey.put(snake(c.getName()), c);
        }
        for (Object k : map.keySet()) {
            if (!byKey.containsKey(String.valueOf(k))) {
                List<String> known = new ArrayList<>();
                for (RecordComponent c : comps) {
                    known.add(snake(c.getName()));
                }
                throw new InputException(path, String.valueOf(k), "unknown field for " + type.getSimpleName()
                        + " (known: " + String.join(", ", known) + ")");
            }
        }
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            RecordComponent c = comps[i];
            types[i] = c.getType();
            Object raw = map.containsKey(c.getName()) ? map.get(c.getName()) : map.get(snake(c.getName()));
            String fieldPath = snake(c.getName());
            try {
                args[i] = convert(raw, c.getType(), c.getGenericType(), path, fieldPath);
            } catch (InputException e) {
                throw e.record() == null ? new InputException(path, e.field() == null ? fieldPath : e.field(), e.problem()) : e;
            }
        }
        try {
            Constructor<T> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException ie) {
                throw ie.record() == null ? new InputException(path, ie.field(), ie.problem())
                        : ie.record().startsWith(path) ? ie : new InputException(path + " (" + ie.record() + ")", ie.field(), ie.problem());
            }
            throw new InputException(path, null, cause == null ? e.toString() : String.valueOf(cause.getMessage()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(Object raw, Class<?> type, Type generic, String path, String field) {
        if (Values.isAbsent(raw) && !(raw instanceof Collection<?>) && !(raw instanceof Map<?, ?>)) {
            if (type == boolean.class) {
                return false; // an absent yes/no fact (a waiver, a certification) was not given
            }
            if (type == int.class || type == long.class) {
                throw new InputException(path, field, "is required");
            }
            if (List.class.isAssignableFrom(type)) {
                return List.of();
            }
            if (Set.class.isAssignableFrom(type)) {
                return Set.of();
            }
            if (Map.class.isAssignableFrom(type)) {
                return Map.of();
            }
            return null;
        }
        if (type == String.class) {
            if (raw instanceof Map<?, ?> || raw instanceof Collection<?>) {
                throw new InputException(path, field, "expected text");
            }
            return String.valueOf(raw).strip();
        }
        if (type == BigDecimal.class) {
            return Values.decimal(raw, field);
        }
        if (type == int.class || type == Integer.class) {
            return Values.integer(raw, field);
        }
        if (type == long.class || type == Long.class) {
            return Values.decimal(raw, field).longValueExact();
        }
        if (type == boolean.class || type == Boolean.class) {
            return Values.bool(raw, field);
        }
        if (type == LocalDate.class) {
            return Values.date(raw, field);
        }
        if (type == DayOfWeek.class) {
            return Values.dayOfWeek(raw, field);
        }
        if (type.isEnum()) {
            return enumOf(type, raw, field);
        }
        if (type.isRecord()) {
            return read(raw, type.asSubclass(Record.class), path + " " + field);
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            if (!(raw instanceof List<?> list)) {
                throw new InputException(path, field, "expected a list");
            }
            Type elem = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elemClass = rawClass(elem);
            Collection<Object> out = Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(convert(list.get(i), elemClass, elem, path, field + "[" + i + "]"));
            }
            return Set.class.isAssignableFrom(type) ? Set.copyOf(out) : List.copyOf(out);
        }
        if (Map.class.isAssignableFrom(type)) {
            if (!(raw instanceof Map<?, ?> m)) {
                throw new InputException(path, field, "expected a mapping");
            }
            Type val = ((ParameterizedType) generic).getActualTypeArguments()[1];
            Class<?> valClass = rawClass(val);
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()),
                        convert(e.getValue(), valClass, val, path, field + "." + e.getKey()));
            }
            return java.util.Collections.unmodifiableMap(out);
        }
        if (type == Object.class) {
            return raw;
        }
        throw new IllegalStateException("RecordMapper cannot read " + type.getName() + " for " + field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumOf(Class<?> type, Object raw, String field) {
        return Values.enumValue((Class) type, raw, field);
    }

    private static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    /** A record component's accessor and its snake_case key, looked up once per record class (output is hot). */
    record Accessor(String key, java.lang.reflect.Method method) {
    }

    /** The accessors of a record (or {@link RecordLike}) with their snake_case keys, in component order (cached per class). */
    static Accessor[] accessorsOf(Object value) {
        Accessor[] a = ACCESSORS.get(value.getClass());
        if (a == null) {
            a = value instanceof RecordLike rl ? recordLike(value.getClass(), rl.components()) : accessors(value.getClass());
            ACCESSORS.putIfAbsent(value.getClass(), a);
        }
        return a;
    }

    private static Accessor[] recordLike(Class<?> type, List<String> names) {
        Accessor[] out = new Accessor[names.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = new Accessor(snake(names.get(i)), type.getMethod(names.get(i)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " names component " + names.get(i) + " but has no such method", e);
            }
        }
        return out;
    }

    private static final Map<Class<?>, Accessor[]> ACCESSORS = new ConcurrentHashMap<>();

    private static Accessor[] accessors(Class<?> type) {
        RecordComponent[] cs = components(type);
        Accessor[] out = new Accessor[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = new Accessor(snake(cs[i].getName()), cs[i].getAccessor());
        }
        return out;
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }

    /** camelCase to snake_case. */
    public static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * A record as nested maps and lists with snake_case keys, in component order; absent values and
     * empty collections are left out. Used for output and for the canonical form behind input hashes.
     */
    public static Object toPlain(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Record || value instanceof RecordLike) {
            Object r = value;
            Accessor[] accessors = accessorsOf(r);
            Map<String, Object> out = new LinkedHashMap<>(accessors.length * 2);
            for (Accessor a : accessors) {
                try {
                    Object v = toPlain(a.method().invoke(r));
                    if (v == null || (v instanceof Collection<?> col && col.isEmpty())
                            || (v instanceof Map<?, ?> m && m.isEmpty())) {
                        continue;
                    }
                    out.put(a.key(), v);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
        if (value instanceof BigDecimal) {
            return value; // written as a JSON number in plain notation
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Set<?> set) {
            List<String> sorted = new ArrayList<>();
            for (Object o : set) {
                sorted.add(String.valueOf(toPlain(o)));
            }
            java.util.Collections.sort(sorted);
            return sorted;
        }
        if (value instanceof Collection<?> col) {
            List<Object> out = new ArrayList<>(col.size());
            for (Object o : col) {
                out.add(toPlain(o));
            }
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.put(String.valueOf(e.getKey()), toPlain(e.getValue()));
            }
            return out;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }
}
