package org.emplaw.core.io;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Strict conversions from input text to values; every failure names the field. */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,12})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Values() {
    }

    /** True for absent values: null, empty, {@code null} or {@code ~}. */
    public static boolean isAbsent(Object o) {
        if (o == null) {
            return true;
        }
        if (o instanceof String s) {
            String t = s.strip();
            return t.isEmpty() || t.equals("null") || t.equals("~");
        }
        return false;
    }

    public static BigDecimal decimal(Object o, String field) {
        if (o instanceof BigDecimal bd) {
            return bd;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        String s = String.valueOf(o).strip().replace("_", "");
        if (!NUMBER.matcher(s).matches()) {
            throw new InputException(null, field, "'" + abbreviate(s) + "' is not a decimal number");
        }
        return new BigDecimal(s);
    }

    public static int integer(Object o, String field) {
        BigDecimal d = decimal(o, field);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new InputException(null, field, "'" + abbreviate(String.valueOf(o)) + "' is not a whole number");
        }
    }

    public static LocalDate date(Object o, String field) {
        if (o instanceof LocalDate d) {
            return d;
        }
        String s = String.valueOf(o).strip();
        if (!DATE.matcher(s).matches()) {
            throw new InputException(null, field, "'" + abbreviate(s) + "' is not a date (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new InputException(null, field, "'" + s + "' is not a real date");
        }
    }

    public static boolean bool(Object o, String field) {
        if (o instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(o).strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "yes", "y" -> true;
            case "false", "no", "n" -> false;
            default -> throw new InputException(null, field, "'" + abbreviate(s) + "' is not true or false");
        };
    }

    public static DayOfWeek dayOfWeek(Object o, String field) {
        return enumValue(DayOfWeek.class, o, field);
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, Object o, String field) {
        String s = String.valueOf(o).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new InputException(null, field, "'" + abbreviate(String.valueOf(o)) + "' is not one of: " + allowed);
    }

    /** Best-effort typing of an untyped table value: number, date, boolean or text. */
    public static Object guess(Object o) {
        if (!(o instanceof String s)) {
            return o;
        }
        String t = s.strip();
        if (NUMBER.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (DATE.matcher(t).matches()) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                return t;
            }
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        return t;
    }

    public static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
