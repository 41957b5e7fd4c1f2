package org.emplaw.examples.audit;

import java.util.Map;

/**
 * One record of an input file: where it is ({@code pay.csv:123}) and its fields by column name, as
 * text (an absent or empty cell is absent from {@code fields}).
 */
public record InputRow(String file, long line, Map<String, String> fields) {
    public InputRow {
        fields = Map.copyOf(fields);
    }

    /** {@code file:line}, the name of this record in every message. */
    public String ref() {
        return file + ":" + line;
    }

    public String get(String column) {
        return fields.get(column);
    }
}
