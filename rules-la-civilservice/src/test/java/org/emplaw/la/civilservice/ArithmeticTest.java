package org.emplaw.la.civilservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamPart;
import org.emplaw.core.facts.ExamType;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.la.civilservice.exam.ScoredCandidate;
import org.emplaw.la.civilservice.exam.WholeScore;
import org.emplaw.la.civilservice.list.EligibleList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's arithmetic: rounding to the nearest whole score (Rule 4.4) and dense ranking (Rule 1.28). */
class ArithmeticTest {
    private static final LawBook EMPTY = LawBook.of(List.of(), List.of());
    private static final LocalDate D = LocalDate.of(2025, 6, 30);

    private static Exam exam(String mode) {
        return new Exam("X", "1", "t", ExamType.OPEN_COMPETITIVE, null,
                List.of(new ExamPart("w", null, new BigDecimal("100"), false, null, false, null)), null, null, null,
                mode == null ? Map.of() : Map.of("rounding_mode", mode));
    }

    static Stream<Arguments> halves() {
        return Stream.of(Arguments.of("69.5", "half_up", "70"), Arguments.of("69.5", "half_even", "70"),
                Arguments.of("69.5", "half_down", "69"), Arguments.of("74.5", "half_even", "74"),
                Arguments.of("89.5", "half_even", "90"), Arguments.of("75.5", "half_down", "75"));
    }

    @ParameterizedTest(name = "{0} rounded {1} is {2}")
    @MethodSource("halves")
    void anExactHalfIsRoundedByTheConfiguredMode(String x, String mode, String expected) {
        assertThat(WholeScore.round(new BigDecimal(x), exam(mode), EMPTY, D).value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} needs no rounding mode")
    @ValueSource(strings = {"69.49", "69.51", "75.6", "70", "0.5001"})
    void anythingButAnExactHalfRoundsToTheNearestWholeScoreWithoutAMode(String x) {
        BigDecimal v = new BigDecimal(x);
        WholeScore.Rounded r = WholeScore.round(v, exam(null), EMPTY, D);
        assertThat(r.mode()).isNull();
        assertThat(r.value().subtract(v).abs()).isLessThan(new BigDecimal("0.5"));
    }

    @org.junit.jupiter.api.Test
    void anExactHalfWithoutAModeNamesTheParameterAndTheExamSetting() {
        assertThatThrownBy(() -> WholeScore.round(new BigDecimal("69.5"), exam(null), EMPTY, D))
                .isInstanceOf(MissingLawException.class).hasMessageContaining("la_cs_fga_rounding_mode")
                .hasMessageContaining("settings.rounding_mode");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void ranksAreDenseAndEqualAveragesShareARank(long seed) {
        Random r = new Random(seed);
        List<ScoredCandidate> results = new ArrayList<>();
        int n = 1 + r.nextInt(300);
        for (int i = 0; i < n; i++) {
            BigDecimal s = BigDecimal.valueOf(60 + r.nextInt(41));
            Outcome o = s.intValue() >= 70 ? Outcome.MET : Outcome.NOT_MET;
            results.add(new ScoredCandidate("X", "C" + i, o, s, s, false, false, LocalDate.of(2025, 1, 1 + r.nextInt(28)), null));
        }
        List<EligibleList.Entry> ranked = EligibleList.ranked(results, D);
        assertThat(ranked).hasSize((int) results.stream().filter(ScoredCandidate::placed).count());
        for (EligibleList.Entry e : ranked) {
            long higher = ranked.stream().map(x -> x.scored().finalGeneralAverage())
                    .filter(x -> x.compareTo(e.scored().finalGeneralAverage()) > 0).distinct().count();
            assertThat(e.rank()).isEqualTo(higher + 1);
        }
    }
}
