package org.emplaw.core.facts;

import java.time.LocalDate;

/** A job posting, for pay-scale disclosure. */
public record JobPosting(String id, LocalDate postedOn, boolean includesPayScale, boolean mayBeFilledInCalifornia) {
    public JobPosting {
        id = Check.id(id, "job posting", "id");
    }
}
