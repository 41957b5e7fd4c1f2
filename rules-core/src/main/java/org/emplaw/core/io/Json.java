package org.emplaw.core.io;

import java.util.Collection;
import java.util.Map;

/** A small, dependency-free JSON writer with a stable field order (for findings files and hashes). */
public final class Json {
    private Json() {
    }

    /** Writes {@code value} (records, maps, lists, text, numbers) as one line of JSON. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(1024);
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Record || v instanceof RecordLike) {
            plain(sb, v);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, String.valueOf(e.getKey()));
                sb.append(':');
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                append(sb, o);
            }
            sb.append(']');
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof java.math.BigDecimal bd) {
            sb.append(bd.toPlainString());
        } else {
            string(sb, String.valueOf(v));
        }
    }

    /**
     * Writes a value exactly as {@code append(sb, RecordMapper.toPlain(v))} would, without building the intermediate
     * maps and lists (records are written component by component; absent values and empty collections left out; maps
     * sorted by key). Output of findings is hot: an audit writes every finding.
     */
    private static void plain(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Record || v instanceof RecordLike) {
            Object r = v;
            sb.append('{');
            boolean first = true;
            for (RecordMapper.Accessor a : RecordMapper.accessorsOf(r)) {
                Object c;
                try {
                    c = a.method().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (c == null) {
                    continue;
                }
                int mark = sb.length();
                if (!first) {
                    sb.append(',');
                }
                string(sb, a.key());
                sb.append(':');
                int value = sb.length();
                plain(sb, c);
                int len = sb.length() - value;
                if (len == 2 && (sb.charAt(value) == '{' && sb.charAt(value + 1) == '}'
                        || sb.charAt(value) == '[' && sb.charAt(value + 1) == ']')) {
                    sb.setLength(mark); // empty: left out
                    continue;
                }
                first = false;
            }
            sb.append('}');
        } else if (v instanceof java.math.BigDecimal bd) {
            sb.append(bd.toPlainString());
        } else if (v instanceof Enum<?> e) {
            string(sb, e.name().toLowerCase(java.util.Locale.ROOT));
        } else if (v instanceof java.util.Set<?>) {
            append(sb, RecordMapper.toPlain(v));
        } else if (v instanceof Collection<?> col) {
            sb.append('[');
            boolean first = true;
            for (Object o : col) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                plain(sb, o);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sorted.put(String.valueOf(e.getKey()), e.getValue());
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                plain(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else {
            string(sb, String.valueOf(v));
        }
    }

    /** Appends a JSON string literal. */
    public static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
