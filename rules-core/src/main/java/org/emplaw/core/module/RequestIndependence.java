package org.emplaw.core.module;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's statement of when requests of a batch can share one Drools session without changing any finding: the
 * keys of a request's facts. Requests whose keys do not clash are inserted into one session together, fired once, and
 * their findings and firings are handed back to each request ({@code Emplaw.evaluateAll}); the fixed cost of an
 * evaluation (reset, agenda, network linking) is then paid once for all of them. Single evaluations never share.
 *
 * <p>A module that returns keys promises that none of its rules can join, collect, count or test the absence of facts
 * of two requests whose keys do not clash. Typically every join is on an id (an employee id, a position id), and the
 * keys are those ids:
 * <ul>
 * <li>an <em>exclusive</em> key ({@link Keys#exclusive}) may be held by one request of a session only: the employee a
 *     request is about, so that two pay periods of one employee are never seen together;</li>
 * <li>a <em>shared</em> key ({@link Keys#shared}) may be held by several requests of a session if they hold the very same
 *     fact instance for it (inserted once): a position that many employees' requests name.</li>
 * </ul>
 * Every request of a session also shares one {@code EvaluationContext}: requests share a session only when their
 * evaluation date and options are equal, and the module's rules must not read the context's subject.
 *
 * <p>The engine checks what it can while the shared session fires: every firing's matched facts (and the contents of a
 * collected list) must belong to one common request, or to several that all hold them; facts a consequence inserts
 * belong to the requests of the firing that inserted them. When a firing joins facts of requests that hold nothing in
 * common, or a rule fails, the session's results are discarded and each of its requests is evaluated alone. What the
 * engine cannot see (a {@code not}, {@code exists} or accumulate over another request's facts) is what the keys must
 * rule out; prove them with a test that evaluates the module's cases both ways.
 */
@FunctionalInterface
public interface RequestIndependence {

    /**
     * Adds the keys of a request's facts to {@code keys}; returns {@code false} when the request must be evaluated in a
     * session of its own (a fact the module does not know how to key, say).
     */
    boolean keys(List<Object> facts, Keys keys);

    /** The keys of one request. */
    final class Keys {
        private final Set<String> exclusive = new HashSet<>();
        private final Map<String, Object> shared = new HashMap<>();

        /** A key no other request of the session may hold. */
        public Keys exclusive(String key) {
            exclusive.add(key);
            return this;
        }

        /** A key other requests of the session may hold through the same {@code instance} only. */
        public Keys shared(String key, Object instance) {
            Object before = shared.putIfAbsent(key, instance);
            if (before != null && before != instance) {
                // two different facts for one key inside a request: they cannot be told apart from another request's
                exclusive.add(key);
            }
            return this;
        }

        /** True when a request with {@code other}'s keys can share a session with a request with these keys. */
        public boolean compatible(Keys other) {
            for (String k : other.exclusive) {
                if (exclusive.contains(k) || shared.containsKey(k)) {
                    return false;
                }
            }
            for (Map.Entry<String, Object> e : other.shared.entrySet()) {
                if (exclusive.contains(e.getKey())) {
                    return false;
                }
                Object mine = shared.get(e.getKey());
                if (mine != null && mine != e.getValue()) {
                    return false;
                }
            }
            return true;
        }

        /** Adds {@code other}'s keys to these (the keys of a session's requests so far). */
        public void addAll(Keys other) {
            exclusive.addAll(other.exclusive);
            other.shared.forEach(shared::putIfAbsent);
        }
    }
}
