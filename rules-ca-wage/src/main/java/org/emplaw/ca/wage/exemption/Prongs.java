package org.emplaw.ca.wage.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.emplaw.core.facts.Determination;
import org.emplaw.core.facts.DutyShare;
import org.emplaw.core.facts.Employee;
import org.emplaw.core.facts.Position;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.finding.Outcome;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.MissingLawException;
import org.emplaw.core.law.ParameterValue;
import org.emplaw.core.rules.MissingFactException;

/**
 * Building blocks shared by the exemption tests: one sub-finding per prong, each carrying its own
 * citation and parameters, and the rule that combines prongs (every prong must be met).
 */
public final class Prongs {
    /** Order in which undecided prongs decide an undecided test: missing facts first, then law, then judgment. */
    private static final List<Outcome> UNDECIDED = List.of(Outcome.INSUFFICIENT_FACTS, Outcome.NEEDS_CONFIGURATION,
            Outcome.NEEDS_JUDGMENT);

    private Prongs() {
    }

    /** A prong finding builder with its rule id, question and citation. */
    public static Finding.Builder prong(String ruleId, String question, String subject, String citation) {
        return Finding.of(question, subject).rule(ruleId, question).citation(citation);
    }

    /**
     * Evaluates one prong; missing law becomes NEEDS_CONFIGURATION (INSUFFICIENT_FACTS when the employer-size
     * tier is what is missing) and missing facts INSUFFICIENT_FACTS, both naming what is missing, so that the
     * other prongs are still decided.
     */
    public static Finding guard(String ruleId, String question, String subject, String citation, Supplier<Finding> body) {
        try {
            return body.get();
        } catch (MissingLawException m) {
            boolean qualifier = m.reason() == MissingLawException.Reason.QUALIFIER_REQUIRED;
            return prong(ruleId, question, subject, citation)
                    .outcome(qualifier ? Outcome.INSUFFICIENT_FACTS : Outcome.NEEDS_CONFIGURATION)
                    .reason(m.getMessage()).missing(m.reference()).build();
        } catch (MissingFactException f) {
            Finding.Builder b = prong(ruleId, question, subject, citation).outcome(Outcome.INSUFFICIENT_FACTS)
                    .reason(f.getMessage());
            f.facts().forEach(b::missing);
            return b.build();
        }
    }

    /** Every prong must be met: NOT_MET if any fails, MET if all are met, otherwise the first undecided outcome. */
    public static Outcome allOf(Collection<Finding> parts) {
        boolean allMet = true;
        for (Finding p : parts) {
            if (p.outcome() == Outcome.NOT_MET) {
                return Outcome.NOT_MET;
            }
            allMet &= p.outcome() == Outcome.MET;
        }
        if (allMet) {
            return Outcome.MET;
        }
        for (Outcome o : UNDECIDED) {
            for (Finding p : parts) {
                if (p.outcome() == o) {
                    return o;
                }
            }
        }
        return Outcome.NOT_APPLICABLE;
    }

    /** At least one alternative must be met: MET if any is, NOT_MET if all fail, otherwise undecided. */
    public static Outcome anyOf(Collection<Finding> alternatives) {
        boolean allFailed = true;
        for (Finding p : alternatives) {
            if (p.outcome() == Outcome.MET) {
                return Outcome.MET;
            }
            allFailed &= p.outcome() == Outcome.NOT_MET;
        }
        if (allFailed) {
            return Outcome.NOT_MET;
        }
        for (Outcome o : UNDECIDED) {
            for (Finding p : alternatives) {
                if (p.outcome() == o) {
                    return o;
                }
            }
        }
        return Outcome.NOT_APPLICABLE;
    }

    /**
     * The finding of a whole test: its prongs as parts, every prong's citations, parameters and missing
     * facts carried up, and a reason naming the prongs that decided it.
     */
    public static Finding combine(Finding.Builder test, List<Finding> parts, Outcome outcome) {
        List<String> failed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> amountNames = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Finding p = parts.get(i);
            test.part(p);
            List<String> cites = p.citations();
            for (int k = 0; k < cites.size(); k++) {
                test.citation(cites.get(k));
            }
            test.parameters(p.parameters());
            if (!outcome.decided() && !p.outcome().decided()) {
                List<String> missing = p.missing();
                for (int k = 0; k < missing.size(); k++) {
                    test.missing(missing.get(k));
                }
            }
            List<org.emplaw.core.finding.Amount> amounts = p.amounts();
            for (int k = 0; k < amounts.size(); k++) {
                org.emplaw.core.finding.Amount a = amounts.get(k);
                if (!amountNames.contains(a.name())) {
                    amountNames.add(a.name());
                    test.amount(a);
                }
            }
            List<String> choices = p.choices();
            for (int k = 0; k < choices.size(); k++) {
                test.choice(choices.get(k));
            }
            List<String> warnings = p.warnings();
            for (int k = 0; k < warnings.size(); k++) {
                test.warning(warnings.get(k));
            }
            if (p.outcome() == Outcome.NOT_MET) {
                failed.add(p.question());
            } else if (p.outcome() != Outcome.MET) {
                open.add(p.question() + " (" + p.outcome().name().toLowerCase(java.util.Locale.ROOT) + ")");
            }
        }
        String reason = switch (outcome) {
            case MET -> "every prong is met";
            case NOT_MET -> "not met: " + String.join("; ", failed);
            default -> "undecided: " + String.join("; ", open);
        };
        return test.outcome(outcome).reason(reason).build();
    }

    /** The employee's position (Position.id == Employee.positionId), or MissingFactException naming it. */
    public static Position position(Employee e, List<?> positions) {
        if (e.positionId() == null) {
            throw new MissingFactException(e.subject(), List.of("position_id"));
        }
        for (Object o : positions) {
            if (o instanceof Position p && p.id().equals(e.positionId())) {
                return p;
            }
        }
        throw new MissingFactException(e.subject(), List.of("position " + e.positionId()));
    }

    /**
     * "Primarily engaged" in duties of the given kinds: their share of working time must exceed
     * {@code ca_primarily_engaged_min_share} (Lab. Code 515(e): more than one-half).
     */
    public static Finding primarily(String ruleId, String question, String subject, String citation, Position p,
                                    Collection<String> kinds, LawBook law, LocalDate date) {
        if (p.duties().isEmpty()) {
            throw new MissingFactException(subject, List.of("position " + p.id() + " duties"));
        }
        ParameterValue min = law.value("ca_primarily_engaged_min_share", null, date);
        BigDecimal share = p.shareOf(kinds);
        // sorted, so the text is the same in every run whatever kind of collection names the duties
        java.util.SortedSet<String> sorted = new java.util.TreeSet<>(kinds);
        Finding.Builder b = prong(ruleId, question, subject, citation).citation("Lab. Code 515(e)")
                .parameter(min).fact("duty_kinds_counted", String.join(", ", sorted))
                .fact("share_of_working_time", share);
        for (DutyShare d : p.duties()) {
            b.fact("duty " + d.kind(), d.share().toPlainString() + (d.description() == null ? "" : " (" + d.description() + ")"));
        }
        boolean met = share.compareTo(min.decimal()) > 0;
        return b.outcome(met).reason(() -> share.toPlainString() + " of working time on " + sorted + (met ? " is more than "
                : " is not more than ") + min.text() + " (more than one-half is required)").build();
    }

    /**
     * A question the law leaves to a person's judgment (for example discretion and independent judgment):
     * decided by the supplied {@link Determination} for {@code key} (citing who made it), otherwise
     * NEEDS_JUDGMENT listing the facts of the position that bear on it.
     */
    public static Finding judgment(String ruleId, String question, String subject, String citation, Position p,
                                   String key) {
        Finding.Builder b = prong(ruleId, question, subject, citation);
        Determination d = p.determination(key);
        if (d == null) {
            b.outcome(Outcome.NEEDS_JUDGMENT).missing("position " + p.id() + " determination " + key)
                    .reason(() -> "the law leaves '" + key + "' to a person's judgment and none was supplied; facts that bear on it: "
                            + bearing(p));
            if (p.title() != null) {
                b.fact("title", p.title());
            }
            for (DutyShare s : p.duties()) {
                b.fact("duty " + s.kind(), s.share().toPlainString() + (s.description() == null ? "" : " (" + s.description() + ")"));
            }
            return b.build();
        }
        return b.outcome(d.holds()).fact(key, d.holds()).fact(key + " determined by", d.by())
                .fact(key + " basis", d.basis())
                .reason(() -> d.by() + " determined that '" + key + "' " + (d.holds() ? "holds" : "does not hold")
                        + (d.basis() == null ? "" : ": " + d.basis()))
                .build();
    }

    private static String bearing(Position p) {
        List<String> parts = new ArrayList<>();
        if (p.title() != null) {
            parts.add("title '" + p.title() + "' (not decisive)");
        }
        for (DutyShare s : p.duties()) {
            parts.add(s.kind() + " " + s.share().toPlainString() + (s.description() == null ? "" : " (" + s.description() + ")"));
        }
        if (p.responsibility() != null) {
            parts.add("responsibility: " + p.responsibility());
        }
        return parts.isEmpty() ? "(no duties recorded)" : String.join("; ", parts);
    }
}
