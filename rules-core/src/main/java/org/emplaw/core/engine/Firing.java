package org.emplaw.core.engine;

import java.util.List;
import org.emplaw.core.rules.RuleRef;

/** A rule that fired and the facts it matched (kept as references; described only when asked). */
public record Firing(RuleRef rule, List<Object> facts) {
}
