package org.emplaw.la.civilservice.exam;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.emplaw.core.facts.Candidate;
import org.emplaw.core.facts.DateRange;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.Exam;
import org.emplaw.core.facts.ExamType;
import org.emplaw.core.facts.MilitaryService;
import org.emplaw.core.finding.Amount;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.io.Values;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;
import org.emplaw.la.civilservice.Options;

/**
 * Veterans credit, Civil Service Rule 4.7 (with Rule 1.39 and Charter 1006): in open competitive examinations,
 * credit is added to the passing score of a person who served in the armed forces during a listed period (or a
 * period the City Council designates for reservists) and presents proof of honorable discharge, when the
 * application is received during the five years following release from active service (extended by time as a
 * full-time student, vocational trainee or hospitalised for a service-related injury or illness); for the spouse of a
 * person killed or unable to work from service disabilities, during the five years following the death or the
 * Board's determination; and for life for a person certified disabled by the Veterans Administration. Evidence
 * presented after the Report of Examination is adopted adjusts the final general average on the Report.
 */
public final class VeteransCredit {
    public static final String RULE_ID = "la.cs.rule4_7.veterans-credit";
    public static final String QUESTION = "Veterans credit is added to the final general average";
    private static final String CITATION = "Civil Service Rule 4.7";

    private VeteransCredit() {
    }

    /** The eligibility and amount of the credit; {@code points} is set only when the outcome is MET. */
    public record Result(Outcome outcome, BigDecimal points, String basis, boolean adjustsReport, LocalDate evidenceOn,
                         Finding.Builder finding) {
    }

    /**
     * The Rule 4.7 finding for a scored candidate: the credit goes only to a passing candidate, so a failing one
     * is NOT_MET whatever the service.
     */
    public static Finding forScored(Exam e, Candidate c, ScoredCandidate s, LawBook law, EvaluationContext ctx) {
        if (s.outcome() == Outcome.NOT_MET && e.type() == ExamType.OPEN_COMPETITIVE) {
            return Finding.of(QUESTION, c.subject()).rule(RULE_ID, QUESTION).citation(CITATION).citation("Civil Service Rule 4.4")
                    .fact("exam", e.id()).outcome(Outcome.NOT_MET)
                    .reason("the candidate did not pass; veterans credit is added only to the passing score and is never used to pass")
                    .build();
        }
        return evaluate(e, c, law, ctx).finding().build();
    }

    /** True when the candidate claims veterans credit (as a veteran or as a spouse). */
    public static boolean claimed(Candidate c) {
        return c.military() != null;
    }

    public static Result evaluate(Exam e, Candidate c, LawBook law, EvaluationContext ctx) {
        Finding.Builder b = Finding.of(QUESTION, c.subject()).rule(RULE_ID, QUESTION).citation(CITATION)
                .citation("Civil Service Rule 1.39").citation("Charter 1006").fact("exam", e.id());
        try {
            return decide(e, c, law, ctx, b);
        } catch (MissingLawException m) {
            b.outcome(m.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED ? Outcome.INSUFFICIENT_FACTS
                    : Outcome.NEEDS_CONFIGURATION).reason(m.getMessage()).missing(m.reference());
            return new Result(b.build().outcome(), null, null, false, null, b);
        } catch (MissingFactException m) {
            b.outcome(Outcome.INSUFFICIENT_FACTS).reason(m.getMessage());
            m.facts().forEach(b::missing);
            return new Result(Outcome.INSUFFICIENT_FACTS, null, null, false, null, b);
        }
    }

    private static Result no(Finding.Builder b, Outcome o, String reason) {
        b.outcome(o).reason(reason);
        return new Result(o, null, null, false, null, b);
    }

    private static Result decide(Exam e, Candidate c, LawBook law, EvaluationContext ctx, Finding.Builder b) {
        LocalDate asOf = ctx.asOf();
        if (e.type() != ExamType.OPEN_COMPETITIVE) {
            return no(b, Outcome.NOT_APPLICABLE, "veterans credit is given only in open competitive examinations; exam "
                    + e.id() + " is " + e.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        MilitaryService m = c.military();
        if (m == null) {
            return no(b, Outcome.NOT_APPLICABLE, "no military service is claimed");
        }
        boolean spouse = c.veteranSpouseBasis() != null;
        LocalDate evidence = m.evidencePresentedOn() != null ? m.evidencePresentedOn() : c.applicationReceived();
        b.fact("evidence_presented_on", evidence == null ? "with the application" : evidence);
        if (evidence != null && evidence.isAfter(asOf)) {
            return no(b, Outcome.NOT_MET, "no evidence of military service has been presented as of " + asOf
                    + " (it is presented on " + evidence + "); credit is given on proof presented for inspection");
        }
        if (!spouse) {
            if (m.honorablyDischarged() == null) {
                throw new MissingFactException(c.subject(), List.of("military.honorably_discharged"));
            }
            if (!m.honorablyDischarged()) {
                return no(b, Outcome.NOT_MET, "no satisfactory proof of honorable discharge was presented");
            }
        }
        if (m.activeDuty().isEmpty()) {
            throw new MissingFactException(c.subject(), List.of("military.active_duty"));
        }
        ParameterValue periods = law.value("la_cs_veterans_service_periods", null, asOf);
        b.parameter(periods);
        String period = overlap(m.activeDuty(), periods);
        if (period == null) {
            ParameterValue reservist = law.value("la_cs_veterans_reservist_periods", null, asOf);
            b.parameter(reservist);
            period = overlap(m.activeDuty(), reservist);
        }
        b.choice("service during a period: any day of active duty within a listed period, both end dates included (fact sheet A7)");
        if (period == null) {
            return no(b, Outcome.NOT_MET, "active duty " + m.activeDuty().stream().map(d -> d.from() + ".." + d.to()).toList()
                    + " falls in none of the Rule 4.7 periods nor a Council reservist period");
        }
        b.fact("service_period", period);
        String basis;
        String window;
        if (m.vaCertifiedDisabled() && !spouse) {
            basis = "disabled";
            window = "lifetime credit: certified disabled by the Veterans Administration";
        } else {
            LocalDate received = c.applicationReceived();
            if (received == null) {
                throw new MissingFactException(c.subject(), List.of("application_received"));
            }
            LocalDate start;
            Period length;
            ParameterValue years;
            if (spouse) {
                years = law.value("la_cs_veterans_spouse_window_years", null, asOf);
                start = c.veteranSpouseBasis().plusDays(1);
                basis = "spouse";
            } else {
                years = law.value("la_cs_veterans_window_years", null, asOf);
                if (m.releaseFromActiveDuty() == null) {
                    throw new MissingFactException(c.subject(), List.of("military.release_from_active_duty"));
                }
                start = m.releaseFromActiveDuty().plusDays(1);
                basis = "nondisabled";
            }
            b.parameter(years);
            length = Period.ofYears(years.decimal().intValueExact());
            LocalDate last = Options.lastDay(ctx, start, length);
            b.choice(Options.periodChoice(ctx));
            long extension = 0;
            if (!spouse) {
                for (DateRange x : m.windowExtensions()) {
                    if (x.to().isBefore(start)) {
                        continue;
                    }
                    LocalDate from = x.from().isBefore(start) ? start : x.from();
                    extension += ChronoUnit.DAYS.between(from, x.to()) + 1;
                }
                if (extension > 0) {
                    b.choice("extension (fact sheet A6): the five years are extended by the days of each student, trainee or "
                            + "hospitalisation period after release");
                    last = last.plusDays(extension);
                }
            }
            b.fact("application_received", received);
            window = (spouse ? "spouse window after " + c.veteranSpouseBasis() : "window after release on "
                    + m.releaseFromActiveDuty()) + ": " + start + " to " + last
                    + (extension > 0 ? " (extended by " + extension + " days)" : "");
            b.choice("Rule 1.39: the five-year period refers to when the application must be received");
            if (received.isBefore(start) || received.isAfter(last)) {
                return no(b, Outcome.NOT_MET, "the application was received on " + received + ", outside the "
                        + window);
            }
        }
        ParameterValue points = law.value("la_cs_veterans_credit_points", basis, asOf);
        b.parameter(points);
        boolean adjusts = e.reportAdopted() != null && evidence != null && evidence.isAfter(e.reportAdopted());
        b.outcome(Outcome.MET).reason("service during " + period + "; " + window + "; credit " + points.text()
                + " (" + basis + ")" + (adjusts ? "; evidence presented on " + evidence + ", after the Report of Examination "
                + "was adopted on " + e.reportAdopted() + ", so the final general average on the Report is adjusted" : ""));
        b.amount(new Amount("veterans_credit_points", points.decimal(), "points", "la_cs_veterans_credit_points[" + basis + "]"));
        return new Result(Outcome.MET, points.decimal(), basis, adjusts, evidence, b);
    }

    /** The name of the first listed period any active-duty range overlaps (dates inclusive), or null. */
    static String overlap(List<DateRange> duty, ParameterValue periods) {
        for (Object o : periods.list()) {
            if (!(o instanceof Map<?, ?> p)) {
                throw new IllegalStateException(periods.name() + ": each period is a mapping {name, from, to}");
            }
            LocalDate from = Values.date(p.get("from"), periods.name() + ".from");
            LocalDate to = Values.date(p.get("to"), periods.name() + ".to");
            DateRange r = DateRange.of(from, to);
            for (DateRange d : duty) {
                if (d.overlaps(r)) {
                    return p.get("name") + " (" + from + " to " + to + ")";
                }
            }
        }
        return null;
    }

    /** The credit added to a final general average: points, or (option) a percentage of the average. */
    public static BigDecimal amount(BigDecimal points, BigDecimal fga, EvaluationContext ctx) {
        String form = Options.get(ctx, Options.VETERANS_FORM, "points", "percent_of_fga");
        return form.equals("points") ? points : fga.multiply(points).movePointLeft(2);
    }

    public static String formChoice(EvaluationContext ctx) {
        String form = Options.get(ctx, Options.VETERANS_FORM, "points", "percent_of_fga");
        return Options.choice(Options.VETERANS_FORM, form, form.equals("points")
                ? "credit 'added to the passing score' read as points added (Rules 4.4, 4.7; fact sheet A5)"
                : "credit taken as a percentage of the final general average (fact sheet A5)");
    }
}
