package org.emplaw.core.facts;

import java.time.LocalDate;

/**
 * The rejection or disqualification of an applicant or eligible before appointment (Civil Service Rule 3.5),
 * with the reasons the applicant was advised of (Rule 3.6).
 *
 * @param ground  the Rule 3.5 ground: {@code a} lacks a published requirement, {@code b} physically or mentally
 *                unfit, {@code c} deception or fraud, {@code d} poor work history, {@code e} a crime interfering with
 *                performance, {@code f} conduct interfering with performance
 * @param reason  the reasons given to the applicant (Rule 3.6)
 * @param on      date of the rejection
 * @param advisedOn date the applicant was advised of the reasons
 */
public record Rejection(String ground, String reason, LocalDate on, LocalDate advisedOn) {
    public Rejection {
        ground = Check.code(Check.id(ground, "rejection", "ground"));
        if (!ground.matches("[a-f]")) {
            throw new org.emplaw.core.io.InputException("rejection", "ground",
                    "must be one of the Rule 3.5 grounds a to f (was '" + ground + "')");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
