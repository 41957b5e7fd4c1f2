package org.emplaw.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.rules.Findings;
import org.emplaw.core.rules.RuleRef;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;

/**
 * One Drools session of one module, reused for many evaluations on one thread: each evaluation
 * inserts its facts, fires, collects the findings and the trace, and empties the session again, so no
 * evaluation ever sees another's facts. Not thread-safe; always {@link #close() closed}.
 */
public final class SessionEvaluator implements AutoCloseable {
    /** Guard against a rule loop: more firings than this for one subject fail the evaluation. */
    static final int MAX_FIRINGS = 1_000_000;

    private final ModuleRuntime runtime;
    /** Drools' session class itself: it is reset, and keeps its listener and globals, through methods only it has. */
    private final StatefulKnowledgeSessionImpl session;
    private final Findings sink = new Findings();
    private final List<Firing> firings = new ArrayList<>();
    private EvaluationContext context;
    private boolean broken;
    private final LawBook law;
    private final boolean hasOut;
    private final boolean hasLaw;
    private final RuleEventListener listener;
    /** The rule that fired last (in any evaluation of this session; rules belong to the session's KieBase) and its reference. */
    private org.kie.api.definition.rule.Rule lastRule;
    private RuleRef lastRef;
    /** The match that fired last in this evaluation. */
    private Match lastMatch;

    public SessionEvaluator(ModuleRuntime runtime, LawBook law) {
        this.runtime = runtime;
        KieSession created = runtime.kieBase().newKieSession();
        if (!(created instanceof StatefulKnowledgeSessionImpl s)) {
            created.dispose();
            throw new IllegalStateException("Drools made a " + created.getClass().getName() + " session; emplaw needs "
                    + StatefulKnowledgeSessionImpl.class.getName() + " (drools-kiesession)");
        }
        this.session = s;
        Set<String> globals = new HashSet<>();
        for (KiePackage p : runtime.kieBase().getKiePackages()) {
            p.getGlobalVariables().forEach(g -> globals.add(g.getName()));
        }
        this.law = law;
        this.hasOut = globals.contains("out");
        this.hasLaw = globals.contains("law");
        // the globals are the same for the session's life (its findings sink and the law book): kept through reset(),
        // which would otherwise empty them and have them set again (a lock on the KieBase) every evaluation
        int kept = (hasOut ? 1 : 0) + (hasLaw ? 1 : 0);
        session.setGlobalResolver(new org.drools.core.base.MapGlobalResolver() {
            @Override
            public void clear() {
                // any other global a rule set is dropped, as reset() intends
                if (getGlobalKeys().size() > kept) {
                    for (String k : List.copyOf(getGlobalKeys())) {
                        if (!k.equals("out") && !k.equals("law")) {
                            removeGlobal(k);
                        }
                    }
                }
            }
        });
        if (hasOut) {
            session.setGlobal("out", sink);
        }
        if (hasLaw) {
            session.setGlobal("law", law);
        }
        // called by the engine just before each consequence, without the two event objects per firing that an agenda
        // listener costs; a rule's named consequences run for the same match and are one firing
        this.listener = new RuleEventListener() {
            @Override
            public void onBeforeMatchFire(Match m) {
                if (m != lastMatch) {
                    lastMatch = m;
                    fired(m);
                }
            }
        };
        session.addEventListener(listener);
    }

    /** A rule is about to fire: its findings are stamped with it, and the trace records it with the facts it matched. */
    private void fired(Match m) {
        // a rule usually fires for several matches in a row (an employee-year's pay periods): its reference is kept
        org.kie.api.definition.rule.Rule rule = m.getRule();
        RuleRef ref = rule == lastRule ? lastRef : runtime.ref(rule);
        lastRule = rule;
        lastRef = ref;
        sink.enter(ref);
        firings.add(new Firing(ref, matched(m)));
    }

    /**
     * The objects a match joined, in pattern order, as {@link Match#getObjects()} gives them, read in one array instead
     * of Drools' three allocations per firing (handles, list, unmodifiable view).
     */
    static List<Object> matched(Match m) {
        if (!(m instanceof org.drools.core.rule.consequence.InternalMatch im) || im.getTuple() == null) {
            return m.getObjects();
        }
        Object[] objects = im.getTuple().toObjects(false);
        int n = 0;
        for (Object o : objects) {
            if (!(o instanceof org.drools.core.common.QueryElementFactHandle)) {
                objects[n++] = o;
            }
        }
        return new Matched(objects, n);
    }

    /** An unmodifiable list over the first {@code size} entries of an array nothing else holds. */
    private static final class Matched extends java.util.AbstractList<Object> implements java.util.RandomAccess {
        private final Object[] objects;
        private final int size;

        Matched(Object[] objects, int size) {
            this.objects = objects;
            this.size = size;
        }

        @Override
        public Object get(int index) {
            java.util.Objects.checkIndex(index, size);
            return objects[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The findings and firings of one module for one subject. */
    public record Outcome(String module, List<Finding> findings, List<Firing> firings) {
    }

    public Outcome evaluate(EvaluationContext ctx, List<Object> facts) {
        sink.begin(ctx);
        firings.clear();
        lastMatch = null;
        context = ctx;
        GapHandler.CURRENT.set(this);
        boolean ok = false;
        try {
            session.insert(ctx);
            for (Object f : facts) {
                session.insert(f);
            }
            int n = session.fireAllRules(MAX_FIRINGS);
            if (n >= MAX_FIRINGS) {
                throw new IllegalStateException("module " + runtime.id() + " fired " + n
                        + " rules for one subject; a rule loop?");
            }
            Outcome out = new Outcome(runtime.id(), sink.drain(), List.copyOf(firings));
            ok = true;
            return out;
        } finally {
            GapHandler.CURRENT.remove();
            firings.clear();
            lastMatch = null;
            context = null;
            if (ok) {
                clear();
            } else {
                broken = true;
            }
        }
    }

    /**
     * Empties the session for the next evaluation: Drools' own reset (what its session pools use) drops every fact,
     * match and node memory at once, about 7% of a California pay period faster than deleting the facts one by one
     * (which propagates each removal through the network). Reset also drops the firing listener, so it is added
     * again; the globals are kept (the constructor's resolver does not empty them).
     */
    private void clear() {
        session.reset();
        // reset() drops the session's listeners (not its globals, see the constructor); removed first so that it is
        // never registered twice
        session.removeEventListener(listener);
        session.addEventListener(listener);
    }

    void gap(Match match, RuntimeException e) {
        sink.gap(context == null ? "?" : context.subject(), e);
    }

    /** True when an evaluation failed and the session must not be reused. */
    public boolean broken() {
        return broken;
    }

    public ModuleRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
