package org.emplaw.core.facts;

import java.math.BigDecimal;

/**
 * The maximum salary of a class (the top of its salary range), used for the "lower rank" test of Civil Service
 * Rule 1.18(c). Both classes compared must be stated on the same basis (e.g. the same pay period).
 *
 * @param classCode      the class
 * @param maximumSalary  the maximum salary of the class
 */
public record ClassSalary(String classCode, BigDecimal maximumSalary) {
    public ClassSalary {
        classCode = Check.id(classCode, "class salary", "class_code");
        Check.required(maximumSalary, "class salary " + classCode, "maximum_salary");
        Check.nonNegative(maximumSalary, "class salary " + classCode, "maximum_salary");
    }
}
