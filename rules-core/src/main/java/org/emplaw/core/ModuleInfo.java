package org.emplaw.core;

import java.util.List;
import org.emplaw.core.module.RuleModule;
import org.emplaw.core.rules.RuleRef;

/**
 * A loaded rule module as the facade shows it (no Drools types): id, version, where it came from,
 * its rules with their citations, the content hash of its rules and tables, and whether its rules
 * came from a build-time executable model.
 */
public record ModuleInfo(String id, String version, String name, String jurisdiction, String location,
                         List<RuleRef> rules, String contentHash, boolean buildTimeModel, RuleModule module) {
    public ModuleInfo {
        rules = List.copyOf(rules);
    }
}
