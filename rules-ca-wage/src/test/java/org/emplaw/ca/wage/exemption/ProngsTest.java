package org.emplaw.ca.wage.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProngsTest {
    static Stream<List<Outcome>> randomProngs() {
        Random r = new Random(42L);
        Outcome[] os = {Outcome.MET, Outcome.NOT_MET, Outcome.INSUFFICIENT_FACTS, Outcome.NEEDS_JUDGMENT, Outcome.NEEDS_CONFIGURATION};
        return IntStream.range(0, 60).mapToObj(i -> {
            List<Outcome> l = new ArrayList<>();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                l.add(os[r.nextInt(os.length)]);
            }
            return l;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomProngs")
    void everyProngMustBeMetAndAnyFailedProngDefeatsTheTest(List<Outcome> outcomes) {
        List<Finding> parts = outcomes.stream().map(o -> Finding.of("q", "s").outcome(o).build()).toList();
        Outcome all = Prongs.allOf(parts);
        if (outcomes.contains(Outcome.NOT_MET)) {
            assertThat(all).isEqualTo(Outcome.NOT_MET);
        } else if (outcomes.stream().allMatch(o -> o == Outcome.MET)) {
            assertThat(all).isEqualTo(Outcome.MET);
        } else {
            assertThat(all.decided()).isFalse();
            assertThat(outcomes).contains(all);
        }
        Outcome any = Prongs.anyOf(parts);
        if (outcomes.contains(Outcome.MET)) {
            assertThat(any).isEqualTo(Outcome.MET);
        } else if (outcomes.stream().allMatch(o -> o == Outcome.NOT_MET)) {
            assertThat(any).isEqualTo(Outcome.NOT_MET);
        } else {
            assertThat(any.decided()).isFalse();
        }
        Finding combined = Prongs.combine(Finding.of("test", "s"), parts, all);
        assertThat(combined.parts()).hasSize(parts.size());
        assertThat(combined.outcome()).isEqualTo(all);
    }
}
