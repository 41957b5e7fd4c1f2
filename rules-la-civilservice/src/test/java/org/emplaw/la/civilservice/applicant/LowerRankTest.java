package org.emplaw.la.civilservice.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.emplaw.core.facts.ClassRank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LowerRankTest {
    private static final List<ClassRank> RANKS = List.of(new ClassRank("1358", Set.of("1368", "1400")),
            new ClassRank("1500", Set.of()));

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "1358, 1368, true",   // 1368 listed as higher than 1358
        "1368, 1358, false",  // 1358 lists 1368 as higher, so 1358 is not higher than 1368
        "1500, 1358, null",   // 1500's rank says nothing about 1358, and 1358's says nothing about 1500
        "1358, 1500, null"})
    void classRankRelation(String held, String examined, Boolean expected) {
        assertThat(LowerRank.isHigher(RANKS, held, examined)).isEqualTo(expected);
    }
}
