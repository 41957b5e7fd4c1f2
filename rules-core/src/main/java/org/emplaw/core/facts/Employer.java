package org.emplaw.core.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * An employer, for the obligations the law puts on employers rather than on a pay period.
 *
 * @param id                        identifier
 * @param headcount                 employees, all locations
 * @param californiaHeadcount       employees in California
 * @param laborContractorHeadcount  workers hired through labor contractors
 * @param jobPostings               job postings (pay-scale disclosure)
 * @param payDataReportsFiled       dates pay data reports were filed, one per reporting year
 */
public record Employer(String id, Integer headcount, Integer californiaHeadcount, Integer laborContractorHeadcount,
                       List<JobPosting> jobPostings, List<LocalDate> payDataReportsFiled) {
    public Employer {
        id = Check.id(id, "employer", "id");
        jobPostings = Check.list(jobPostings);
        payDataReportsFiled = Check.list(payDataReportsFiled);
    }
}
