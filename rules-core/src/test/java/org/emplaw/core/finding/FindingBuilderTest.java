package org.emplaw.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A builder hands its lists to the finding it builds instead of copying them: a finding must still never change, even
 * when the builder goes on to build another one, and its lists cannot be changed by a caller.
 */
class FindingBuilderTest {
    private static Finding.Builder builder() {
        return Finding.of("Was overtime paid?", "employee E1 workweek 2025-01-05").outcome(Outcome.MET)
                .amount(new Amount("owed", BigDecimal.ZERO, "USD", "none"))
                .citation("Lab. Code 510(a)").missing("timecards").warning("partial week").choice("days in period")
                .fact("hours_worked", new BigDecimal("40.00"));
    }

    @Test
    void aBuilderUsedAfterBuildDoesNotChangeTheFindingItBuilt() {
        Finding.Builder b = builder();
        Finding first = b.build();
        String before = first.toString();
        b.amount(new Amount("extra", BigDecimal.ONE, "USD", "one")).citation("Lab. Code 515(d)").missing("pay stubs")
                .warning("second").choice("another").fact("hours_worked", new BigDecimal("41.00")).fact("new", "x")
                .citationFirst("29 USC 207").outcome(Outcome.NOT_MET);
        Finding second = b.build();
        assertThat(first.toString()).isEqualTo(before);
        assertThat(first.amounts()).hasSize(1);
        assertThat(first.citations()).containsExactly("Lab. Code 510(a)");
        assertThat(first.facts()).containsEntry("hours_worked", "40.00").doesNotContainKey("new");
        assertThat(second.amounts()).extracting(Amount::name).containsExactly("owed", "extra");
        assertThat(second.citations()).containsExactly("29 USC 207", "Lab. Code 510(a)", "Lab. Code 515(d)");
        assertThat(second.missing()).containsExactly("timecards", "pay stubs");
        assertThat(second.facts()).containsEntry("hours_worked", "41.00").containsEntry("new", "x");
        assertThat(second.outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void theListsOfAFindingCannotBeChangedAndItEqualsACopy() {
        Finding built = builder().build();
        assertThatThrownBy(() -> built.amounts().add(new Amount("x", BigDecimal.ONE, "USD", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> built.citations().clear()).isInstanceOf(UnsupportedOperationException.class);
        Finding copied = new Finding(built.ruleId(), built.ruleName(), built.question(), built.subject(), built.outcome(),
                built.reason(), List.copyOf(built.amounts()), List.copyOf(built.citations()), built.parameters(),
                built.facts(), built.missing(), built.warnings(), built.choices(), built.parts());
        assertThat(copied).isEqualTo(built).hasSameHashCodeAs(built);
        Finding stamped = built.stampedBy("ca.wage.overtime.workweek", "Overtime", "Lab. Code 510(a); Lab. Code 515");
        assertThat(stamped.citations()).containsExactly("Lab. Code 510(a); Lab. Code 515", "Lab. Code 510(a)");
        assertThat(stamped.amounts()).isSameAs(built.amounts());
        assertThat(built.ruleId()).isEmpty();
    }
    @Test
    void aFindingRebuiltWithAnotherSubjectKeepsEverythingElse() {
        Finding f = builder().rule("ca.x", "A rule").build();
        Finding g = f.toBuilder("employee E1 pay periods P1, P2").fact("pay_periods", "P1, P2").build();
        assertThat(g.subject()).isEqualTo("employee E1 pay periods P1, P2");
        assertThat(f.subject()).isEqualTo("employee E1 workweek 2025-01-05");
        assertThat(g.ruleId()).isEqualTo("ca.x");
        assertThat(g.outcome()).isEqualTo(f.outcome());
        assertThat(g.amounts()).isEqualTo(f.amounts());
        assertThat(g.citations()).isEqualTo(f.citations());
        assertThat(g.choices()).isEqualTo(f.choices());
        assertThat(g.facts()).containsEntry("hours_worked", "40.00").containsEntry("pay_periods", "P1, P2");
        assertThat(f.facts()).doesNotContainKey("pay_periods");
    }
}
