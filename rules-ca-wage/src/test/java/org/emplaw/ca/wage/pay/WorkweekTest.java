package org.emplaw.ca.wage.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.emplaw.core.facts.PayPeriod;
import org.emplaw.core.facts.WorkDay;
import org.emplaw.core.rules.MissingFactException;
import org.junit.jupiter.api.Test;

class WorkweekTest {
    private static PayPeriod period(String start, String end, DayOfWeek first, String... days) {
        List<WorkDay> ds = java.util.Arrays.stream(days).map(d -> WorkDay.of(LocalDate.parse(d), "8")).toList();
        return new PayPeriod("P", "E", LocalDate.parse(start), LocalDate.parse(end), first, ds, List.of(), List.of(), null);
    }

    @Test
    void aWeeklyPeriodAlignedWithTheWorkweekIsOneFullWeek() {
        List<Workweek> ws = Workweek.split(period("2024-03-03", "2024-03-09", DayOfWeek.SUNDAY, "2024-03-04"), "s");
        assertThat(ws).hasSize(1);
        assertThat(ws.get(0).partial()).isFalse();
        assertThat(ws.get(0).days()).hasSize(1);
    }

    @Test
    void aSemimonthlyPeriodIsCutIntoPartialAndFullWorkweeks() {
        List<Workweek> ws = Workweek.split(period("2024-03-01", "2024-03-15", DayOfWeek.SUNDAY,
                "2024-03-15", "2024-03-01", "2024-03-05"), "s");
        assertThat(ws).extracting(Workweek::start).containsExactly(LocalDate.parse("2024-02-25"),
                LocalDate.parse("2024-03-03"), LocalDate.parse("2024-03-10"));
        assertThat(ws).extracting(Workweek::partial).containsExactly(true, false, true);
        assertThat(ws.get(0).from()).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(ws.get(2).to()).isEqualTo(LocalDate.parse("2024-03-15"));
        assertThat(ws).extracting(w -> w.days().size()).containsExactly(1, 1, 1);
    }

    @Test
    void aPeriodWithoutItsWorkweekStartNamesTheMissingFact() {
        assertThatThrownBy(() -> Workweek.split(period("2024-03-03", "2024-03-09", null), "employee E pay period P"))
                .isInstanceOf(MissingFactException.class)
                .satisfies(e -> assertThat(((MissingFactException) e).facts()).containsExactly("workweek_start"));
    }
}
