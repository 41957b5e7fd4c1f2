package org.emplaw.core.io;

import java.util.Collection;
import java.util.Map;

/** A small, dependency-free JSON writer with a stable field order (for findings files and hashes). */
public final class Json {
    private Json() {
    }

    /** Writes {@code value} (records, maps, lists, text, numbers) as one line of JSON. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder(256);
        append(sb, value instanceof Record ? RecordMapper.toPlain(value) : value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Record) {
            append(sb, RecordMapper.toPlain(v));
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
