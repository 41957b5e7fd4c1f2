package org.emplaw.la.civilservice.seniority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.emplaw.core.facts.Appointment;
import org.emplaw.core.facts.AppointmentKind;
import org.emplaw.core.facts.Separation;
import org.emplaw.core.facts.ServiceHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReserveListsTest {
    private static Appointment regular(String cls, LocalDate from, LocalDate to, Separation sep) {
        return new Appointment(AppointmentKind.REGULAR, cls, "harbor", from, to, sep, null, null, null, null, true);
    }

    private static ReserveLists.Entry entry(String id, long seniority, LocalDate classEntry, LocalDate hire) {
        Appointment a = regular("3112", classEntry, LocalDate.of(2024, 12, 31), Separation.LAYOFF);
        return new ReserveLists.Entry(new ServiceHistory(id, List.of(a), List.of()), a, seniority, classEntry, hire);
    }

    /** Seeded random lists: greatest seniority first, and equal seniority ordered by the configured tie-break. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2026L})
    void reserveListOrderIsGreatestSeniorityThenTieBreak(long seed) {
        Random rnd = new Random(seed);
        List<ReserveLists.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LocalDate entryDay = LocalDate.of(2010, 1, 1).plusDays(rnd.nextInt(4000));
            entries.add(entry("E" + i, rnd.nextInt(20), entryDay, entryDay.minusDays(rnd.nextInt(3000))));
        }
        for (String tieBreak : new String[] {"earlier_class_entry", "earlier_city_hire"}) {
            List<ReserveLists.Entry> sorted = new ArrayList<>(entries);
            sorted.sort(ReserveLists.order(tieBreak));
            for (int i = 1; i < sorted.size(); i++) {
                ReserveLists.Entry a = sorted.get(i - 1);
                ReserveLists.Entry b = sorted.get(i);
                assertThat(a.seniority()).isGreaterThanOrEqualTo(b.seniority());
                if (a.seniority() == b.seniority()) {
                    LocalDate da = tieBreak.equals("earlier_class_entry") ? a.classEntry() : a.cityHire();
                    LocalDate db = tieBreak.equals("earlier_class_entry") ? b.classEntry() : b.cityHire();
                    assertThat(da).isBeforeOrEqualTo(db);
                }
                int[] tie = ReserveLists.tiedRange(sorted, i);
                assertThat(sorted.get(tie[0]).seniority()).isEqualTo(b.seniority());
                assertThat(sorted.get(tie[1]).seniority()).isEqualTo(b.seniority());
                assertThat(tie[0] == 0 || sorted.get(tie[0] - 1).seniority() != b.seniority()).isTrue();
            }
        }
    }

    @Test
    void aLaterRegularAppointmentToTheClassTakesTheNameOffTheReserveList() {
        Appointment laidOff = regular("3112", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 30), Separation.LAYOFF);
        Appointment restored = regular("3112", LocalDate.of(2024, 1, 2), null, null);
        ServiceHistory h = new ServiceHistory("X", List.of(laidOff, restored), List.of());
        assertThat(ReserveLists.layoffFrom(h, "3112", LocalDate.of(2023, 12, 31))).isEqualTo(laidOff);
        assertThat(ReserveLists.layoffFrom(h, "3112", LocalDate.of(2024, 1, 2))).isNull();
        assertThat(ReserveLists.layoffFrom(h, "9999", LocalDate.of(2023, 12, 31))).isNull();
        // laid off on the request date itself: not yet on the list
        assertThat(ReserveLists.layoffFrom(h, "3112", LocalDate.of(2023, 6, 30))).isNull();
    }
}
