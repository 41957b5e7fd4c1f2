package org.emplaw.core.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of law supplied by the user: a value the research marked unverified (for example the 2026
 * physician rate), a newly published rate not yet in a release, or a what-if scenario. Overlays are
 * kept apart from the shipped tables and never edit them; findings show a supplied value's status
 * as {@code supplied} with the user's citation.
 */
public final class ParameterOverlay {
    private final List<Parameter> tables;

    private ParameterOverlay(List<Parameter> tables) {
        this.tables = List.copyOf(tables);
    }

    public List<Parameter> tables() {
        return tables;
    }

    /** Reads an overlay in the parameter-table YAML format; rows default to status {@code supplied}. */
    public static ParameterOverlay fromYaml(String yaml, String origin) {
        return new ParameterOverlay(ParameterTables.parse(yaml, origin, SourceStatus.SUPPLIED));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an overlay in code. */
    public static final class Builder {
        private final Map<String, List<DatedValue>> rows = new LinkedHashMap<>();
        private final Map<String, String> units = new LinkedHashMap<>();

        /** Supplies {@code value} for {@code name} and {@code qualifier} ({@code *} or null for all) from {@code from}. */
        public Builder value(String name, String qualifier, LocalDate from, Object value, String citation) {
            Object v = value instanceof Number n && !(value instanceof BigDecimal) ? new BigDecimal(n.toString()) : value;
            rows.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new DatedValue(from, qualifier, v, citation, SourceStatus.SUPPLIED, null));
            return this;
        }

        public Builder unit(String name, String unit) {
            units.put(name, unit);
            return this;
        }

        public ParameterOverlay build() {
            List<Parameter> out = new ArrayList<>();
            rows.forEach((name, vs) -> out.add(new Parameter(name, "supplied by the user", units.get(name), vs, null,
                    null, null, Map.of(), "overlay (code)")));
            return new ParameterOverlay(out);
        }
    }
}
