package org.emplaw.ca.wage.pay.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import org.emplaw.ca.wage.pay.PayLaw;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayDataReportTest {
    @ParameterizedTest
    @CsvSource({"2023,2023-05-10", "2024,2024-05-08", "2025,2025-05-14", "2026,2026-05-13"})
    void theDeadlineIsTheSecondWednesdayOfMay(int year, String expected) {
        // Gov. Code 12999(a); fact sheet section 9 lists these dates
        assertThat(PayDataReport.deadline(year, PayLaw.book(), new ArrayList<>())).isEqualTo(LocalDate.parse(expected));
    }
}
