package org.emplaw.core;

import java.time.LocalDate;
import java.util.List;

/**
 * What an answer was computed with: the library version, each module's id, version and content hash
 * (of its rules and parameter tables), the as-of date, a hash of the input facts and a hash of the
 * findings. The same input with the same modules always gives the same receipt.
 */
public record Receipt(String libraryVersion, List<ModuleStamp> modules, LocalDate asOf, String inputHash,
                      String findingsHash) {
    public Receipt {
        modules = List.copyOf(modules);
    }

    /** A module as used. */
    public record ModuleStamp(String id, String version, String rulesHash) {
    }
}
