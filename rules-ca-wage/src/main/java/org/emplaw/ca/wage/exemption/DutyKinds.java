package org.emplaw.ca.wage.exemption;

import java.util.Set;

/**
 * The duty-kind vocabulary the exemption rules read from {@code Position.duties} ({@code DutyShare.kind}).
 * Report each duty as actually performed, as a share of working time; work directly and closely related
 * to an exempt duty (29 CFR 541 as of 2001, incorporated by Wage Order 4 section 1(A)) is reported under
 * the exempt kind it supports; everything else is {@link #NON_EXEMPT}. A title is never decisive.
 *
 * <ul>
 *   <li>{@code management}: managing the enterprise or a customarily recognised department (WO 4 1(A)(1)(a))</li>
 *   <li>{@code administrative}: office or non-manual work directly related to management policies or general
 *       business operations of the employer or its customers (WO 4 1(A)(2)(a)(I))</li>
 *   <li>{@code school_administration}: administration of a school system directly related to academic
 *       instruction (WO 4 1(A)(2)(a)(II))</li>
 *   <li>{@code licensed_profession}: practice of a licensed profession of WO 4 1(A)(3)(a)</li>
 *   <li>{@code learned_profession}: work requiring advanced knowledge in a field of science or learning
 *       (WO 4 1(A)(3)(b)(i))</li>
 *   <li>{@code artistic_profession}: original and creative work in a recognised artistic field (WO 4 1(A)(3)(b)(ii))</li>
 *   <li>{@code systems_analysis}, {@code software_design}, {@code os_software_design}: the three kinds of
 *       computer software work of Lab. Code 515.5(a)(2)(A)-(C)</li>
 *   <li>{@code computer_operation}, {@code hardware_maintenance}, {@code cad_dependent_work},
 *       {@code computer_content_writing}: the excluded work of Lab. Code 515.5(b)(3)-(5)</li>
 *   <li>{@code medical_practice}: duties requiring a physician's and surgeon's licence (Lab. Code 515.6(a))</li>
 *   <li>{@code non_exempt}: anything else</li>
 * </ul>
 */
public final class DutyKinds {
    public static final String MANAGEMENT = "management";
    public static final String ADMINISTRATIVE = "administrative";
    public static final String SCHOOL_ADMINISTRATION = "school_administration";
    public static final String LICENSED_PROFESSION = "licensed_profession";
    public static final String LEARNED_PROFESSION = "learned_profession";
    public static final String ARTISTIC_PROFESSION = "artistic_profession";
    public static final String SYSTEMS_ANALYSIS = "systems_analysis";
    public static final String SOFTWARE_DESIGN = "software_design";
    public static final String OS_SOFTWARE_DESIGN = "os_software_design";
    public static final String COMPUTER_OPERATION = "computer_operation";
    public static final String HARDWARE_MAINTENANCE = "hardware_maintenance";
    public static final String CAD_DEPENDENT_WORK = "cad_dependent_work";
    public static final String COMPUTER_CONTENT_WRITING = "computer_content_writing";
    public static final String MEDICAL_PRACTICE = "medical_practice";
    public static final String NON_EXEMPT = "non_exempt";

    public static final Set<String> EXECUTIVE = Set.of(MANAGEMENT);
    public static final Set<String> ADMINISTRATIVE_KINDS = Set.of(ADMINISTRATIVE, SCHOOL_ADMINISTRATION);
    public static final Set<String> LICENSED = Set.of(LICENSED_PROFESSION);
    public static final Set<String> LEARNED_OR_ARTISTIC = Set.of(LEARNED_PROFESSION, ARTISTIC_PROFESSION);
    public static final Set<String> COMPUTER_SOFTWARE = Set.of(SYSTEMS_ANALYSIS, SOFTWARE_DESIGN, OS_SOFTWARE_DESIGN);
    public static final Set<String> COMPUTER_EXCLUDED = Set.of(COMPUTER_OPERATION, HARDWARE_MAINTENANCE,
            CAD_DEPENDENT_WORK, COMPUTER_CONTENT_WRITING);
    public static final Set<String> PHYSICIAN = Set.of(MEDICAL_PRACTICE);

    private DutyKinds() {
    }
}
