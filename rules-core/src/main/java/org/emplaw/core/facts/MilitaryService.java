package org.emplaw.core.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A military service record, as civil-service veterans credit needs it.
 *
 * @param activeDuty           periods of active service
 * @param releaseFromActiveDuty date of release from active service
 * @param honorablyDischarged  whether satisfactory proof of honorable discharge was presented
 * @param vaCertifiedDisabled  certified disabled by the Veterans Administration
 * @param windowExtensions     periods as a full-time student, vocational trainee, or hospitalised for a
 *                             service-related injury or illness (they extend the five-year window)
 * @param evidencePresentedOn  date the evidence of service was presented; {@code null} means with the application
 */
public record MilitaryService(List<DateRange> activeDuty, LocalDate releaseFromActiveDuty, Boolean honorablyDischarged,
                              Boolean vaCertifiedDisabled, List<DateRange> windowExtensions,
                              LocalDate evidencePresentedOn) {
    public MilitaryService {
        activeDuty = Check.list(activeDuty);
        vaCertifiedDisabled = Boolean.TRUE.equals(vaCertifiedDisabled);
        windowExtensions = Check.list(windowExtensions);
    }
}
