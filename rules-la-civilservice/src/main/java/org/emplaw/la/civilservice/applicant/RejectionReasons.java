package org.emplaw.la.civilservice.applicant;

import org.emplaw.core.facts.Candidate;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;

/**
 * Civil Service Rule 3.5: an applicant or eligible may be rejected or disqualified before appointment on the grounds
 * (a) to (f); Rule 3.6: a rejected applicant shall be advised of the reasons.
 */
public final class RejectionReasons {
    private RejectionReasons() {
    }

    private static String ground(String g) {
        return switch (g) {
            case "a" -> "lacks a published examination requirement";
            case "b" -> "physically or mentally unfit for the employment";
            case "c" -> "deception or fraud in application, eligibility or appointment";
            case "d" -> "history of poor work performance or experience";
            case "e" -> "an act constituting a crime that would interfere with effective performance";
            default -> "conduct that would interfere with effective performance";
        };
    }

    public static Finding evaluate(Candidate c) {
        var r = c.rejection();
        Finding.Builder b = Finding.of("The rejected applicant was advised of the reasons", c.subject())
                .fact("ground", "Rule 3.5(" + r.ground() + "): " + ground(r.ground())).fact("reason", r.reason())
                .fact("advised_on", r.advisedOn()).citation("Civil Service Rule 3.5(" + r.ground() + ")");
        if (r.reason() == null || r.advisedOn() == null) {
            return b.outcome(Outcome.NOT_MET).reason("rejected under Rule 3.5(" + r.ground() + ") (" + ground(r.ground())
                    + ") but " + (r.reason() == null ? "no reasons are recorded" : "the applicant was not advised of them")
                    + "; Rule 3.6 requires advising the applicant of the reasons").build();
        }
        return b.outcome(Outcome.MET).reason("rejected under Rule 3.5(" + r.ground() + ") (" + ground(r.ground()) + "); advised on "
                + r.advisedOn() + ": " + r.reason()).build();
    }
}
