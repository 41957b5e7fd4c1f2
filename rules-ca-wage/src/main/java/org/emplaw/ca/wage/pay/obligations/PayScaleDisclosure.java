package org.emplaw.ca.wage.pay.obligations;

import java.util.ArrayList;
import java.util.List;
import org.emplaw.ca.wage.pay.Figures;
import org.emplaw.core.facts.Employer;
import org.emplaw.core.facts.JobPosting;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Pay scale in job postings (Lab. Code 432.3, SB 1162, from 2023-01-01): an employer with 15 or more employees includes
 * the pay scale in every job posting for a position that may be filled in California. One finding per posting. The
 * civil penalty ($100 to $10,000 per violation) is set by the Labor Commissioner and is not computed.
 */
public final class PayScaleDisclosure {
    public static final String QUESTION = "Does the job posting include the pay scale (Lab. Code 432.3)?";
    static final String MIN = "ca_pay_scale_posting_min_employees";

    private PayScaleDisclosure() {
    }

    public static List<Finding> evaluate(Employer er, LawBook law) {
        List<Finding> out = new ArrayList<>();
        for (JobPosting jp : er.jobPostings()) {
            String subject = "employer " + er.id() + " job posting " + jp.id();
            out.add(Figures.guarded(QUESTION, subject, () -> decide(er, jp, law, subject)));
        }
        return out;
    }

    static Finding decide(Employer er, JobPosting jp, LawBook law, String subject) {
        Finding.Builder b = Finding.of(QUESTION, subject).fact("posted_on", jp.postedOn())
                .fact("includes_pay_scale", jp.includesPayScale()).fact("may_be_filled_in_california", jp.mayBeFilledInCalifornia());
        if (jp.postedOn() == null) {
            throw new MissingFactException(subject, List.of("posted_on"));
        }
        if (jp.postedOn().isBefore(law.tables().get(MIN).firstDate())) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("posted on " + jp.postedOn() + ", before the posting duty took effect on "
                    + law.tables().get(MIN).firstDate()).build();
        }
        if (!jp.mayBeFilledInCalifornia()) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("the position may not be filled in California").build();
        }
        Integer headcount = er.headcount();
        if (headcount == null) {
            throw new MissingFactException(subject, List.of("employer headcount"));
        }
        ParameterValue min = law.value(MIN, null, jp.postedOn());
        b.parameter(min).fact("headcount", headcount);
        if (headcount < min.decimal().intValueExact()) {
            return b.outcome(Outcome.NOT_APPLICABLE).reason("the employer has " + headcount + " employees, fewer than "
                    + Figures.x(min.decimal())).build();
        }
        return b.outcome(jp.includesPayScale()).reason("the employer has " + headcount + " employees (at least "
                + Figures.x(min.decimal()) + "); the posting " + (jp.includesPayScale() ? "includes" : "does not include")
                + " the pay scale" + (jp.includesPayScale() ? "" : " (civil penalty of $100 to $10,000 per violation, Lab. Code 432.3)"))
                .build();
    }
}
