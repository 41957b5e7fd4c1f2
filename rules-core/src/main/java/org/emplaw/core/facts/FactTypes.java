package org.emplaw.core.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fact kinds the readers know, by the key used in YAML cases, JSON Lines and CSV
 * ({@code employee}, {@code pay_period}, ...). Modules add theirs through
 * {@link org.emplaw.core.module.RuleModule#factTypes()}. Input picks a key; it never names a class.
 */
public final class FactTypes {
    private FactTypes() {
    }

    /** The core fact kinds. */
    public static Map<String, Class<? extends Record>> core() {
        Map<String, Class<? extends Record>> m = new LinkedHashMap<>();
        m.put("employee", Employee.class);
        m.put("position", Position.class);
        m.put("pay_period", PayPeriod.class);
        m.put("employer", Employer.class);
        m.put("exam", Exam.class);
        m.put("candidate", Candidate.class);
        m.put("service_history", ServiceHistory.class);
        m.put("list_action", ListAction.class);
        m.put("certification_request", CertificationRequest.class);
        m.put("class_rank", ClassRank.class);
        m.put("layoff", Layoff.class);
        m.put("reserve_list_request", ReserveListRequest.class);
        m.put("class_salary", ClassSalary.class);
        m.put("board_training_order", BoardTrainingOrder.class);
        return m;
    }

    /** The key of a fact's class in {@code types}, or its simple name in snake_case. */
    public static String keyOf(Class<?> c, Map<String, Class<? extends Record>> types) {
        for (Map.Entry<String, Class<? extends Record>> e : types.entrySet()) {
            if (e.getValue() == c) {
                return e.getKey();
            }
        }
        return org.emplaw.core.io.RecordMapper.snake(c.getSimpleName()).replaceFirst("^_", "");
    }
}
