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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SessionEvaluator.class);
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
    /**
     * While several requests share the session ({@link #evaluateShared}): the requests each fact belongs to, as a bit
     * set of their positions (null otherwise). The engine's context is in no request's set: every request holds it.
     */
    private java.util.IdentityHashMap<Object, Long> owners;
    /** The requests of the firing now running (shared evaluation): facts its consequence inserts belong to them. */
    private long firingOwners;
    /** The requests of each firing of a shared evaluation, and where its findings start in the sink. */
    private long[] firingMasks = new long[64];
    private int[] firingStarts = new int[64];
    /** The requests of the shared evaluation now running, as a bit set ({@code 0} outside one). */
    private long allRequests;
    /** The subjects of the shared evaluation's requests, for a gap finding whose exception names none. */
    private List<String> subjects;
    /** Why a shared evaluation cannot be split between its requests (a firing joined facts of requests with nothing in common). */
    private String crossed;
    private final org.kie.api.event.rule.RuleRuntimeEventListener inserts = new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
            if (owners != null && firingOwners != 0) {
                owners.merge(event.getObject(), firingOwners, (a, b) -> a | b);
            }
        }
    };

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
        List<Object> objects = matched(m);
        if (owners != null) {
            belongs(ref, objects);
        }
        firings.add(new Firing(ref, objects));
    }

    /**
     * A shared evaluation: the requests a firing belongs to are those that hold every fact it matched (and every fact of a
     * list it collected); facts no request holds (the context, values computed in a pattern) say nothing.
     */
    private void belongs(RuleRef ref, List<Object> objects) {
        long mask = -1L;
        for (int i = 0; i < objects.size(); i++) {
            Object o = objects.get(i);
            Long w = owners.get(o);
            if (w != null) {
                mask &= w;
            } else if (o instanceof java.util.Collection<?> c) {
                for (Object e : c) {
                    Long we = owners.get(e);
                    if (we != null) {
                        mask &= we;
                    }
                }
            }
        }
        mask &= allRequests;
        if (mask == 0 && crossed == null) {
            crossed = "rule \"" + ref.name() + "\" joined facts of different requests";
        }
        int k = firings.size();
        if (k == firingMasks.length) {
            firingMasks = java.util.Arrays.copyOf(firingMasks, 2 * k);
            firingStarts = java.util.Arrays.copyOf(firingStarts, 2 * k);
        }
        firingMasks[k] = mask;
        firingStarts[k] = sink.size();
        firingOwners = mask;
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
            fire("one subject");
            Outcome out = new Outcome(runtime.id(), sink.drain(), List.copyOf(firings));
            ok = true;
            return out;
        } finally {
            end(ok);
        }
    }

    /** Fires the session's rules; a rule loop (more than {@link #MAX_FIRINGS} firings) fails the evaluation. */
    private void fire(String subjects) {
        int n = session.fireAllRules(MAX_FIRINGS);
        if (n >= MAX_FIRINGS) {
            throw new IllegalStateException("module " + runtime.id() + " fired " + n + " rules for " + subjects
                    + "; a rule loop?");
        }
    }

    /** Ends an evaluation: the session is emptied for the next one, or marked broken when the evaluation failed. */
    private void end(boolean ok) {
        GapHandler.CURRENT.remove();
        firings.clear();
        lastMatch = null;
        context = null;
        boolean shared = owners != null;
        owners = null;
        subjects = null;
        firingOwners = 0;
        allRequests = 0;
        if (!ok) {
            broken = true;
            return;
        }
        clear();
        if (shared) {
            session.removeEventListener(inserts);
        }
    }

    /** At most this many requests share one session ({@link #evaluateShared}): a request is a bit of a {@code long}. */
    public static final int MAX_SHARED = 64;

    /**
     * Evaluates several requests in this one session: their facts inserted together (a fact several requests hold, once),
     * with one context (they have the same evaluation date and options; {@code ctx} names the first one's subject), fired
     * once. Each firing belongs to the requests that hold every fact it matched; its findings and its place in the trace
     * go to each of them. Returns one outcome per request, in order, or {@code null} when a firing joined facts of
     * requests with nothing in common (the module's {@link org.emplaw.core.module.RequestIndependence} keys let through
     * requests its rules do not keep apart): then nothing of this evaluation may be used, and the caller evaluates each
     * request alone. The session is emptied either way; an exception from a rule breaks it, as in {@link #evaluate}.
     */
    public List<Outcome> evaluateShared(EvaluationContext ctx, List<List<Object>> requests, List<String> requestSubjects) {
        int n = requests.size();
        if (n < 1 || n > MAX_SHARED) {
            throw new IllegalArgumentException("between 1 and " + MAX_SHARED + " requests share a session, not " + n);
        }
        sink.begin(ctx);
        firings.clear();
        lastMatch = null;
        context = ctx;
        owners = new java.util.IdentityHashMap<>();
        allRequests = n == 64 ? -1L : (1L << n) - 1;
        subjects = requestSubjects;
        crossed = null;
        firingOwners = 0;
        GapHandler.CURRENT.set(this);
        boolean ok = false;
        try {
            session.addEventListener(inserts);
            session.insert(ctx);
            for (int i = 0; i < n; i++) {
                long bit = 1L << i;
                for (Object f : requests.get(i)) {
                    Long before = owners.put(f, bit);
                    if (before == null) {
                        session.insert(f);
                    } else {
                        owners.put(f, before | bit);
                    }
                }
            }
            fire(n + " subjects");
            if (crossed != null) {
                LOG.debug("module {}: {} requests evaluated together cannot be split ({}); each is evaluated alone",
                        runtime.id(), n, crossed);
            }
            List<Outcome> out = crossed != null ? null : split(n);
            sink.drain();
            ok = true;
            return out;
        } finally {
            end(ok);
        }
    }

    /** Hands each firing of a shared evaluation, and the findings it added, to the requests it belongs to. */
    private List<Outcome> split(int n) {
        List<Finding> all = sink.peek();
        List<List<Finding>> findings = new ArrayList<>(n);
        List<List<Firing>> trace = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            findings.add(new ArrayList<>());
            trace.add(new ArrayList<>());
        }
        int k = firings.size();
        if (k > 0 && firingStarts[0] != 0) {
            throw new IllegalStateException("findings were added before any rule fired");
        }
        for (int f = 0; f < k; f++) {
            int from = firingStarts[f];
            int to = f + 1 < k ? firingStarts[f + 1] : all.size();
            long mask = firingMasks[f];
            for (int i = 0; i < n; i++) {
                if ((mask & (1L << i)) != 0) {
                    trace.get(i).add(firings.get(f));
                    for (int j = from; j < to; j++) {
                        findings.get(i).add(all.get(j));
                    }
                }
            }
        }
        List<Outcome> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Outcome(runtime.id(), findings.get(i), trace.get(i)));
        }
        return out;
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
        String subject = context == null ? "?" : context.subject();
        if (owners != null) {
            // a shared evaluation: the subject of the one request the failed firing belongs to
            long mask = firingOwners;
            if (Long.bitCount(mask) == 1) {
                subject = subjects.get(Long.numberOfTrailingZeros(mask));
            } else if (Findings.subjectNamedBy(e) == null && crossed == null) {
                crossed = "rule \"" + match.getRule().getName() + "\" met a gap shared by several requests";
            }
        }
        sink.gap(subject, e);
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
