package org.emplaw.core.io;

import java.util.List;

/**
 * A value class that is written (JSON, plain maps, CSV) exactly like a record: its components, in order, are the
 * public no-argument methods named by {@link #components()}. For classes that cannot be records because a component is
 * computed on first read (the explanation text of a finding).
 */
public interface RecordLike {
    /** The component names in output order; the same list for every instance of a class. */
    List<String> components();
}
