package org.emplaw.core.facts;

import java.util.Set;

/**
 * The classes the Commission has determined to be of higher level than a class (Civil Service Rule 1.11,
 * for Charter 1015): layoff and displacement seniority count service in them.
 */
public record ClassRank(String classCode, Set<String> higherClasses) {
    public ClassRank {
        classCode = Check.id(classCode, "class rank", "class_code");
        higherClasses = Check.set(higherClasses);
        if (higherClasses.contains(classCode)) {
            throw new org.emplaw.core.io.InputException("class rank " + classCode, "higher_classes", "contains the class itself");
        }
    }
}
