package org.emplaw.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawBookTest {
    static final String TABLES = """
            parameters:
              - name: rate
                unit: USD/hour
                verified_on: 2024-06-30
                known_until: {city_a: 2024-06-30}
                values:
                  - {effective_from: 2020-01-01, value: 10.00, citation: "Code 1", status: official}
                  - {effective_from: 2022-01-01, qualifier: big, value: 12.00, citation: "Code 2", status: official}
                  - {effective_from: 2022-01-01, qualifier: small, value: 11.00, citation: "Code 2", status: official}
                  - {effective_from: 2023-01-01, value: 13.00, citation: "Code 3", status: secondary}
                  - {effective_from: 2023-07-01, qualifier: city_a, value: 14.00, citation: "Code 4", status: secondary}
                  - {effective_from: 2025-01-01, value: ~, citation: "not found", status: unverified}
              - name: hours
                unit: hours
                values:
                  - {effective_from: 2020-01-01, value: 40, citation: "Code 5", status: official}
              - name: weekly
                unit: USD/week
                formula: rate * hours
                citation: "Code 6"
            """;

    static LawBook book() {
        return LawBook.of(ParameterTables.parse(TABLES, "test:tables.yaml"), List.of());
    }

    static MissingLawException.Reason reason(Runnable r) {
        try {
            r.run();
        } catch (MissingLawException e) {
            return e.reason();
        }
        throw new AssertionError("no MissingLawException");
    }

    @Test
    void theLatestRowInForceWinsAndAnExactQualifierBeatsTheGeneralRow() {
        LawBook b = book();
        assertThat(b.value("rate", null, LocalDate.of(2021, 12, 31)).text()).isEqualTo("10.00");
        assertThat(b.value("rate", "big", LocalDate.of(2022, 1, 1)).text()).isEqualTo("12.00");
        assertThat(b.value("rate", "small", LocalDate.of(2022, 6, 1)).text()).isEqualTo("11.00");
        assertThat(b.value("rate", "big", LocalDate.of(2023, 1, 1)).text()).isEqualTo("13.00");
        assertThat(b.value("rate", "city_a", LocalDate.of(2023, 7, 1)).text()).isEqualTo("14.00");
        assertThat(b.value("rate", "city_b", LocalDate.of(2023, 7, 1)).text()).isEqualTo("13.00");
    }

    @Test
    void twoDaysHaveTheSameFiguresUnlessAValueTakesEffectAKnownUntilDateEndsOrAVerificationDatePassesBetweenThem() {
        LawBook b = book();
        java.util.Set<String> all = b.tables().keySet();
        LocalDate d = LocalDate.of(2020, 6, 1);
        // every figure of the book: no change between 2020-01-01 and 2021-12-31, in either order
        assertThat(b.sameFigures(all, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(b.sameFigures(all, LocalDate.of(2021, 12, 31), d)).isTrue();
        assertThat(b.sameFigures(all, d, d)).isTrue();
        // a value takes effect on 2022-01-01 (any qualifier counts), and one on 2023-07-01
        assertThat(b.sameFigures(all, LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(b.sameFigures(all, LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 1))).isFalse();
        assertThat(b.sameFigures(all, LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30))).isTrue();
        // the day after known-until (city_a, 2024-06-30) and after verification (2024-06-30) is a change
        assertThat(b.sameFigures(all, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 1))).isFalse();
        // before the first value
        assertThat(b.sameFigures(all, LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(b.sameFigures(all, LocalDate.of(1999, 1, 1), LocalDate.of(2019, 12, 31))).isTrue();
        // only some figures: hours never changes after 2020-01-01; weekly (rate x hours) changes when rate does
        assertThat(b.sameFigures(java.util.Set.of("hours"), LocalDate.of(2021, 12, 31), LocalDate.of(2023, 7, 1))).isTrue();
        assertThat(b.sameFigures(java.util.Set.of("weekly"), LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(b.sameFigures(java.util.Set.of("weekly"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(b.sameFigures(java.util.Set.of("no_such_figure"), LocalDate.of(1999, 1, 1), LocalDate.of(2029, 1, 1))).isTrue();
    }

    @Test
    void aTieredValueAskedWithoutItsQualifierIsRefused() {
        assertThat(reason(() -> book().value("rate", null, LocalDate.of(2022, 3, 1))))
                .isEqualTo(MissingLawException.Reason.QUALIFIER_REQUIRED);
    }

    @Test
    void beforeCoverageUnverifiedAndPastKnownUntilAreExplicit() {
        LawBook b = book();
        assertThat(reason(() -> b.value("rate", "big", LocalDate.of(2019, 12, 31))))
                .isEqualTo(MissingLawException.Reason.BEFORE_COVERAGE);
        assertThat(reason(() -> b.value("rate", "big", LocalDate.of(2025, 1, 1))))
                .isEqualTo(MissingLawException.Reason.UNVERIFIED);
        assertThat(reason(() -> b.value("rate", "city_a", LocalDate.of(2024, 7, 1))))
                .isEqualTo(MissingLawException.Reason.AFTER_KNOWN_UNTIL);
        assertThat(b.value("rate", "city_b", LocalDate.of(2024, 7, 1)).text()).isEqualTo("13.00");
        assertThat(reason(() -> b.value("nothing", null, LocalDate.of(2024, 7, 1))))
                .isEqualTo(MissingLawException.Reason.NOT_DEFINED);
    }

    @Test
    void aValueUsedAfterItsVerifiedDateCarriesAWarning() {
        assertThat(book().value("rate", "city_b", LocalDate.of(2024, 6, 30)).warning()).isNull();
        assertThat(book().value("rate", "city_b", LocalDate.of(2024, 7, 1)).warning()).contains("2024-06-30");
    }

    @Test
    void aDerivedParameterIsComputedFromItsInputsWithTheLatestEffectiveDate() {
        ParameterValue w = book().value("weekly", "big", LocalDate.of(2022, 5, 1));
        assertThat(w.decimal()).isEqualByComparingTo("480.00");
        assertThat(w.effectiveFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(w.status()).isEqualTo(SourceStatus.DERIVED);
        assertThat(w.uses()).extracting(u -> u.name()).containsExactly("weekly", "rate", "hours");
    }

    @Test
    void anOverlaySuppliesAnUnverifiedValueAndLiftsKnownUntil() {
        ParameterOverlay o = ParameterOverlay.builder()
                .value("rate", "*", LocalDate.of(2025, 1, 1), "15.00", "DIR memo (supplied)")
                .value("rate", "city_a", LocalDate.of(2024, 7, 1), "14.50", "City notice (supplied)").build();
        LawBook b = LawBook.of(ParameterTables.parse(TABLES, "t"), o.tables());
        ParameterValue v = b.value("rate", "big", LocalDate.of(2025, 2, 1));
        assertThat(v.text()).isEqualTo("15.00");
        assertThat(v.status()).isEqualTo(SourceStatus.SUPPLIED);
        assertThat(b.value("rate", "city_a", LocalDate.of(2024, 8, 1)).text()).isEqualTo("14.50");
    }

    @Test
    void twoModulesGivingTheSameDateAndQualifierConflict() {
        List<Parameter> a = ParameterTables.parse(TABLES, "module-a:t.yaml");
        List<Parameter> b = ParameterTables.parse("""
                parameters:
                  - name: hours
                    unit: hours
                    values:
                      - {effective_from: 2020-01-01, value: 38, citation: "Other", status: official}
                """, "module-b:u.yaml");
        List<Parameter> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        assertThatThrownBy(() -> LawBook.of(all, List.of())).isInstanceOf(ParameterTableException.class)
                .hasMessageContaining("module-b:u.yaml").hasMessageContaining("hours").hasMessageContaining("module-a:t.yaml");
    }

    @Test
    void tablesWithoutCitationStatusOrWithUnknownKeysAreRejectedNamingFileAndParameter() {
        assertThatThrownBy(() -> ParameterTables.parse("""
                parameters:
                  - name: x
                    values: [{effective_from: 2020-01-01, value: 1, status: official}]
                """, "m:x.yaml")).hasMessageContaining("m:x.yaml").hasMessageContaining("parameter x").hasMessageContaining("citation");
        assertThatThrownBy(() -> ParameterTables.parse("""
                parameters:
                  - name: x
                    values: [{effective_from: 2020-01-01, value: 1, citation: c}]
                """, "m:x.yaml")).hasMessageContaining("status is required");
        assertThatThrownBy(() -> ParameterTables.parse("""
                parameters:
                  - name: x
                    valeus: []
                """, "m:x.yaml")).hasMessageContaining("unknown key 'valeus'");
        assertThatThrownBy(() -> LawBook.of(ParameterTables.parse("""
                parameters:
                  - {name: y, formula: "z * 2", citation: c}
                """, "m:y.yaml"), List.of())).hasMessageContaining("reads 'z'");
    }

    @Test
    void formulasParseArithmeticMinAndMax() {
        Formula f = Formula.parse("max(a * 1.5, b) / (c - 1)");
        assertThat(f.inputs()).containsExactly("a", "b", "c");
        assertThat(f.evaluate(n -> switch (n) {
            case "a" -> new java.math.BigDecimal("10");
            case "b" -> new java.math.BigDecimal("20");
            default -> new java.math.BigDecimal("3");
        })).isEqualByComparingTo("10");
        assertThatThrownBy(() -> Formula.parse("a * ")).hasMessageContaining("position");
        assertThatThrownBy(() -> Formula.parse("Runtime.exec(x)")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A group of two figures read together (test only). */
    record Pair(ParameterValue rate, ParameterValue hours) {
    }

    static int pairLookUps;
    static final DayLaw<Pair> PAIR = (law, day) -> {
        pairLookUps++;
        return new Pair(law.value("rate", null, day), law.value("hours", null, day));
    };

    @Test
    void aGroupOfFiguresHoldsTheSameValuesAsSingleLookupsAndIsLookedUpOncePerDay() {
        LawBook b = book();
        LocalDate day = LocalDate.of(2021, 3, 1);
        pairLookUps = 0;
        Pair first = b.onDay(PAIR, day);
        Pair again = b.onDay(PAIR, day);
        assertThat(again).isSameAs(first);
        assertThat(pairLookUps).isEqualTo(1);
        assertThat(first.rate()).isSameAs(b.value("rate", null, day));
        assertThat(first.hours()).isSameAs(b.value("hours", null, day));
        assertThat(first.rate().appliedOn()).isEqualTo(day);
        // another day is another lookup, with the values in force that day
        Pair later = b.onDay(PAIR, LocalDate.of(2023, 2, 1));
        assertThat(pairLookUps).isEqualTo(2);
        assertThat(later.rate().text()).isEqualTo("13.00");
    }

    @Test
    void aGroupWithAMissingFigureFailsLikeTheFigureEveryTime() {
        LawBook b = book();
        LocalDate unverified = LocalDate.of(2025, 2, 1);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> b.onDay(PAIR, unverified)).isInstanceOf(MissingLawException.class)
                    .hasMessageContaining("rate");
            assertThat(reason(() -> b.onDay(PAIR, unverified))).isEqualTo(MissingLawException.Reason.UNVERIFIED);
        }
        assertThat(reason(() -> b.onDay(PAIR, LocalDate.of(2019, 12, 31))))
                .isEqualTo(MissingLawException.Reason.BEFORE_COVERAGE);
    }
}
