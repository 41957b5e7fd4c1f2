package org.emplaw.core.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.emplaw.core.io.InputException;

/**
 * An employee as the law sees them. Immutable; validated on construction (errors name the field).
 * Fields a test does not need may be {@code null}; a rule that needs a missing one answers
 * INSUFFICIENT_FACTS naming it.
 *
 * @param id                 employer's identifier
 * @param workLocation       where the employee works (state, county, city)
 * @param employerHeadcount  number of employees of the employer (all locations, per DIR's counting)
 * @param hireDate           first day of employment
 * @param separationDate     last day of employment, if separated
 * @param birthDate          date of birth (outside-salesperson age test)
 * @param payBasis           hourly, salary, commission or piece
 * @param hourlyRate         base hourly rate (hourly employees)
 * @param salary             salary amount per {@code salaryPeriod}
 * @param salaryPeriod       the period the salary is stated for
 * @param classification     how the employer classifies the employee (exempt or non-exempt)
 * @param claimedExemptions  exemptions the employer relies on ({@code executive}, {@code administrative},
 *                           {@code professional}, {@code computer_professional}, {@code physician},
 *                           {@code outside_sales}, {@code commissioned})
 * @param industry           industry code where an industry minimum or wage order applies ({@code fast_food}, {@code health_care})
 * @param licenses           professional licences held ({@code physician}, {@code attorney}, ...)
 * @param sex                sex, where equal-pay analysis needs it
 * @param raceEthnicity      race or ethnicity, where equal-pay analysis needs it
 * @param positionId         the position held
 * @param military           military service record, where civil-service rules need it
 * @param separationKind     how employment ended, where final-pay rules need it ({@code discharge} (a layoff is a
 *                           discharge), {@code quit_with_notice}, {@code quit_without_notice})
 * @param determinations     judgments a person has made about this employee's case, by question key (for example
 *                           {@code willful_failure_to_pay_final_wages},
 *                           {@code knowing_and_intentional_wage_statement_failure}); rules cite who made them and
 *                           answer NEEDS_JUDGMENT where none is given
 */
public record Employee(String id, WorkLocation workLocation, Integer employerHeadcount, LocalDate hireDate,
                       LocalDate separationDate, LocalDate birthDate, PayBasis payBasis, BigDecimal hourlyRate,
                       BigDecimal salary, SalaryPeriod salaryPeriod, Classification classification,
                       Set<String> claimedExemptions, String industry, Set<String> licenses, String sex,
                       String raceEthnicity, String positionId, MilitaryService military, String separationKind,
                       java.util.Map<String, Determination> determinations) {

    public Employee {
        id = Check.id(id, "employee", "id");
        String rec = "employee " + id;
        if (employerHeadcount != null && employerHeadcount < 1) {
            throw new InputException(rec, "employer_headcount", "must be at least 1 (was " + employerHeadcount + ")");
        }
        Check.nonNegative(hourlyRate, rec, "hourly_rate");
        Check.nonNegative(salary, rec, "salary");
        if (salary != null && salaryPeriod == null) {
            throw new InputException(rec, "salary_period", "is required when a salary is given");
        }
        if (hireDate != null && separationDate != null && separationDate.isBefore(hireDate)) {
            throw new InputException(rec, "separation_date", "is before hire_date (" + separationDate + " < " + hireDate + ")");
        }
        if (birthDate != null && hireDate != null && !birthDate.isBefore(hireDate)) {
            throw new InputException(rec, "birth_date", "is not before hire_date");
        }
        claimedExemptions = normalise(claimedExemptions);
        licenses = normalise(licenses);
        industry = Check.code(industry);
        separationKind = Check.code(separationKind);
        if (separationKind != null && separationDate == null) {
            throw new InputException(rec, "separation_kind", "is given without a separation_date");
        }
        determinations = Check.map(determinations);
    }

    /** The determination a person made on {@code question}, or {@code null}. */
    public Determination determination(String question) {
        return determinations.get(question);
    }

    private static Set<String> normalise(Set<String> s) {
        if (s == null) {
            return Set.of();
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String x : s) {
            String c = Check.code(x);
            if (c != null) {
                out.add(c);
            }
        }
        return Set.copyOf(out);
    }

    /** Subject label used in findings. */
    public String subject() {
        return "employee " + id;
    }

    public boolean claims(String exemption) {
        return claimedExemptions.contains(exemption);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builder for code that constructs employees (embedding, tests). */
    public static final class Builder {
        private final String id;
        private WorkLocation workLocation;
        private Integer employerHeadcount;
        private LocalDate hireDate;
        private LocalDate separationDate;
        private LocalDate birthDate;
        private PayBasis payBasis;
        private BigDecimal hourlyRate;
        private BigDecimal salary;
        private SalaryPeriod salaryPeriod;
        private Classification classification;
        private Set<String> claimedExemptions = Set.of();
        private String industry;
        private Set<String> licenses = Set.of();
        private String sex;
        private String raceEthnicity;
        private String positionId;
        private MilitaryService military;
        private String separationKind;
        private final java.util.Map<String, Determination> determinations = new java.util.LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder workLocation(String state, String county, String city) {
            this.workLocation = new WorkLocation(state, county, city);
            return this;
        }

        public Builder employerHeadcount(int n) {
            this.employerHeadcount = n;
            return this;
        }

        public Builder hireDate(LocalDate d) {
            this.hireDate = d;
            return this;
        }

        public Builder separationDate(LocalDate d) {
            this.separationDate = d;
            return this;
        }

        public Builder birthDate(LocalDate d) {
            this.birthDate = d;
            return this;
        }

        public Builder hourly(String rate) {
            this.payBasis = PayBasis.HOURLY;
            this.hourlyRate = new BigDecimal(rate);
            return this;
        }

        public Builder salary(String amount, SalaryPeriod period) {
            this.payBasis = PayBasis.SALARY;
            this.salary = new BigDecimal(amount);
            this.salaryPeriod = period;
            return this;
        }

        public Builder payBasis(PayBasis b) {
            this.payBasis = b;
            return this;
        }

        public Builder classification(Classification c) {
            this.classification = c;
            return this;
        }

        public Builder claims(String... exemptions) {
            this.claimedExemptions = Set.of(exemptions);
            return this;
        }

        public Builder industry(String i) {
            this.industry = i;
            return this;
        }

        public Builder licenses(String... l) {
            this.licenses = Set.of(l);
            return this;
        }

        public Builder sex(String s) {
            this.sex = s;
            return this;
        }

        public Builder raceEthnicity(String r) {
            this.raceEthnicity = r;
            return this;
        }

        public Builder positionId(String p) {
            this.positionId = p;
            return this;
        }

        public Builder military(MilitaryService m) {
            this.military = m;
            return this;
        }

        public Builder separated(LocalDate date, String kind) {
            this.separationDate = date;
            this.separationKind = kind;
            return this;
        }

        public Builder determination(String question, Determination d) {
            determinations.put(question, d);
            return this;
        }

        public Employee build() {
            return new Employee(id, workLocation, employerHeadcount, hireDate, separationDate, birthDate, payBasis,
                    hourlyRate, salary, salaryPeriod, classification, claimedExemptions, industry, licenses, sex,
                    raceEthnicity, positionId, military, separationKind, determinations);
        }
    }
}
