package org.emplaw.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.finding.ParameterUse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records are written by {@link Json} directly, without building {@link RecordMapper#toPlain} maps first; the output
 * must be byte for byte what the plain form gives (absent values and empty collections left out, maps sorted by key).
 */
class JsonRecordWriterTest {
    record Inner(String a, List<String> empty, Map<String, Object> map) {
    }

    record Odd(Inner inner, Set<String> tags, Double ratio, Short small, Character c, Outcome outcome, List<Inner> inners) {
    }

    static Stream<Object> records() {
        List<Object> out = new ArrayList<>();
        out.add(new Inner(null, List.of(), Map.of()));
        out.add(new Inner("x\"y\n", List.of("a"), Map.of("b", 1, "a", List.of())));
        out.add(new Odd(new Inner(null, List.of(), Map.of()), Set.of("z", "a"), 1.5, (short) 3, 'q', Outcome.NEEDS_JUDGMENT,
                java.util.Arrays.asList(new Inner(null, null, null), null)));
        Random r = new Random(11);
        for (int i = 0; i < 200; i++) {
            Finding.Builder b = Finding.of("Q" + i, "subject " + r.nextInt(5)).outcome(Outcome.values()[r.nextInt(Outcome.values().length)]);
            if (r.nextBoolean()) {
                b.reason("reason with \\ and \t " + i);
            }
            for (int k = 0; k < r.nextInt(3); k++) {
                b.amount(new Amount("a" + k, new BigDecimal(r.nextInt(100000)).movePointLeft(2), r.nextBoolean() ? null : "hours",
                        r.nextBoolean() ? null : "1 x 2"));
                b.parameter(new ParameterUse("p" + k, "*", "1.50", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1),
                        "Lab. Code " + k, "official", r.nextBoolean() ? null : "stale"));
            }
            if (r.nextBoolean()) {
                b.fact("zeta", "1").fact("alpha", null).fact("mid", new BigDecimal("2.50"));
            }
            if (r.nextInt(4) == 0) {
                b.part(Finding.of("part", "s").outcome(Outcome.MET).build());
                b.missing("m").choice("c").citation("Cite");
            }
            out.add(b.build());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("records")
    void aRecordIsWrittenExactlyAsItsPlainForm(Object record) {
        assertThat(Json.write(record)).isEqualTo(Json.write(RecordMapper.toPlain(record)));
        assertThat(Json.write(Map.of("x", record))).isEqualTo(Json.write(Map.of("x", RecordMapper.toPlain(record))));
    }
}
