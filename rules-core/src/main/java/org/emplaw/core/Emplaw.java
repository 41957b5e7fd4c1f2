package org.emplaw.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.emplaw.core.engine.Firing;
import org.emplaw.core.engine.ModuleRuntime;
import org.emplaw.core.engine.SessionEvaluator;
import org.emplaw.core.facts.EvaluationContext;
import org.emplaw.core.facts.FactTypes;
import org.emplaw.core.finding.Finding;
import org.emplaw.core.io.InputException;
import org.emplaw.core.law.LawBook;
import org.emplaw.core.law.Parameter;
import org.emplaw.core.law.ParameterOverlay;
import org.emplaw.core.module.FolderRuleModule;
import org.emplaw.core.module.ModuleLoadException;
import org.emplaw.core.module.RequestIndependence;
import org.emplaw.core.module.RuleModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluator: build it once with the rule modules (and any parameter overlays) you need, then ask
 * it questions from any number of threads.
 *
 * <pre>
 * try (Emplaw emplaw = Emplaw.builder().discoverModules().build()) {
 *     EvaluationResult r = emplaw.evaluate(EvaluationRequest.asOf(LocalDate.of(2024, 3, 31))
 *             .subject("employee E1").fact(employee).fact(position).build());
 *     r.findings().forEach(f -&gt; System.out.println(f.question() + ": " + f.outcome() + " " + f.citations()));
 * }
 * </pre>
 *
 * <p>Thread-safe. Each module's KieBase is built once per JVM; every evaluation runs in a session of
 * its own (pooled and reset), so evaluations never see each other's facts. {@link #evaluateAll}
 * streams a batch through chunked sessions on all cores, keeps input order, and reports a bad record
 * as an error for that record without stopping.
 */
public final class Emplaw implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Emplaw.class);
    private static final String VERSION = readVersion();

    private final List<ModuleRuntime> modules;
    private final LawBook law;
    private final Map<String, Class<? extends Record>> factTypes;
    /** Pooled sessions per module runtime (a module's usual one, and one per set of options that enables rules). */
    private final Map<ModuleRuntime, ConcurrentLinkedQueue<SessionEvaluator>> pools = new java.util.concurrent.ConcurrentHashMap<>();
    private final int threads;
    private final int chunkSize;
    private final int poolSize;
    private final int requestsPerSession;
    private final java.util.concurrent.atomic.LongAdder requestsShared = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder sessionsShared = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder sessionsRedone = new java.util.concurrent.atomic.LongAdder();
    private final List<Receipt.ModuleStamp> stamps;
    private final Map<String, Set<Class<?>>> accepts = new HashMap<>();
    private volatile ExecutorService executor;
    private volatile boolean closed;

    private Emplaw(Builder b) {
        Map<String, ModuleRuntime> byId = new LinkedHashMap<>();
        for (RuleModule m : b.modules) {
            ModuleRuntime rt = ModuleRuntime.of(m);
            ModuleRuntime dup = byId.put(rt.id(), rt);
            if (dup != null) {
                throw new ModuleLoadException(rt.id(), m.location(), "duplicate module id (also loaded from "
                        + dup.module().location() + ")");
            }
        }
        this.modules = List.copyOf(byId.values());
        List<Parameter> params = new ArrayList<>();
        Map<String, Class<? extends Record>> types = new LinkedHashMap<>(FactTypes.core());
        List<Receipt.ModuleStamp> st = new ArrayList<>();
        for (ModuleRuntime rt : modules) {
            params.addAll(rt.parameters());
            types.putAll(rt.module().factTypes());
            st.add(new Receipt.ModuleStamp(rt.id(), rt.module().descriptor().version(), rt.contentHash()));
        }
        List<Parameter> overlays = new ArrayList<>();
        b.overlays.forEach(o -> overlays.addAll(o.tables()));
        this.law = LawBook.of(params, overlays);
        this.factTypes = Map.copyOf(types);
        for (ModuleRuntime rt : modules) {
            Set<Class<?>> acc = new java.util.HashSet<>();
            for (String key : rt.module().descriptor().accepts()) {
                Class<?> c = types.get(key);
                if (c == null) {
                    throw new ModuleLoadException(rt.id(), "module.yaml", "accepts unknown fact kind '" + key
                            + "' (known: " + types.keySet() + ")");
                }
                acc.add(c);
            }
            accepts.put(rt.id(), acc);
        }
        this.stamps = List.copyOf(st);
        this.threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
        this.chunkSize = b.chunkSize;
        this.requestsPerSession = b.requestsPerSession;
        this.poolSize = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The library version (from the rules-core jar). */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Emplaw.class.getResourceAsStream("/org/emplaw/core/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "development" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The law this evaluator uses: every parameter table of its modules and overlays. */
    public LawBook law() {
        return law;
    }

    /** The loaded modules, in load order. */
    public List<ModuleInfo> modules() {
        List<ModuleInfo> out = new ArrayList<>();
        for (ModuleRuntime rt : modules) {
            var d = rt.module().descriptor();
            out.add(new ModuleInfo(d.id(), d.version(), d.name(), d.jurisdiction(), rt.module().location(), rt.rules(),
                    rt.contentHash(), rt.buildTimeModel(), rt.module()));
        }
        return out;
    }

    /** Fact kinds known to the readers (core and module-defined), by key. */
    public Map<String, Class<? extends Record>> factTypes() {
        return factTypes;
    }

    /** Evaluates one request with every module that accepts it. */
    public EvaluationResult evaluate(EvaluationRequest request) {
        ensureOpen();
        EvaluationContext ctx = new EvaluationContext(request.asOf(), request.subject(), request.options());
        List<Finding> findings = new ArrayList<>();
        List<Firing> firings = new ArrayList<>();
        for (ModuleRuntime rt : modules) {
            if (!wants(rt, request)) {
                continue;
            }
            ModuleRuntime runtime = rt.forRequest(ctx);
            ConcurrentLinkedQueue<SessionEvaluator> pool = pool(runtime);
            SessionEvaluator s = pool.poll();
            if (s == null) {
                s = new SessionEvaluator(runtime, law);
            }
            try {
                SessionEvaluator.Outcome out = s.evaluate(ctx, request.facts());
                findings.addAll(out.findings());
                firings.addAll(out.firings());
            } catch (RuntimeException e) {
                throw new EvaluationException(request.subject() + " (module " + rt.id() + ")", e);
            } finally {
                release(pool, s);
            }
        }
        return result(request, findings, firings);
    }

    private ConcurrentLinkedQueue<SessionEvaluator> pool(ModuleRuntime runtime) {
        ConcurrentLinkedQueue<SessionEvaluator> pool = pools.get(runtime);
        return pool != null ? pool : pools.computeIfAbsent(runtime, r -> new ConcurrentLinkedQueue<>());
    }

    private void release(ConcurrentLinkedQueue<SessionEvaluator> pool, SessionEvaluator s) {
        if (!s.broken()) {
            // checked and offered together: threads releasing at once must not overfill the pool, nor refill it after close
            synchronized (pool) {
                if (!closed && pool.size() < poolSize) {
                    pool.offer(s);
                    return;
                }
            }
        }
        s.close();
    }

    private boolean wants(ModuleRuntime rt, EvaluationRequest r) {
        if (!r.modules().isEmpty()) {
            return r.modules().contains(rt.id());
        }
        Set<Class<?>> acc = accepts.get(rt.id());
        if (acc.isEmpty()) {
            return true;
        }
        for (Object f : r.facts()) {
            if (acc.contains(f.getClass())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Findings by subject, then rule id, then question. Written out rather than chained ({@code Comparator.comparing(...)
     * .thenComparing(...)}): the same order, without three levels of lambdas per comparison, and a finding's subject is
     * usually the very string its neighbours hold (a pay period writes each subject once), which compares at once.
     * Sorting is about 4.5% of an employee-year request's evaluation (180 findings); ranking the subjects first was
     * slower (BENCHMARKS.md, sixth round).
     */
    static final Comparator<Finding> ORDER = Emplaw::compareFindings;

    private static int compareFindings(Finding a, Finding b) {
        int c = compare(a.subject(), b.subject());
        if (c != 0) {
            return c;
        }
        c = compare(a.ruleId(), b.ruleId());
        return c != 0 ? c : compare(a.question(), b.question());
    }

    /** {@link String#compareTo}, at once when both are the same string (a finding's three keys are never null). */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    private EvaluationResult result(EvaluationRequest request, List<Finding> findings, List<Firing> firings) {
        findings.sort(ORDER);
        List<Receipt.ModuleStamp> used = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            if (wants(modules.get(i), request)) {
                used.add(stamps.get(i));
            }
        }
        return new EvaluationResult(request, findings, firings, used, VERSION);
    }

    /**
     * Evaluates a stream of records in parallel, in chunks of sessions, and returns the results lazily
     * in input order. A record whose request cannot be built, or whose evaluation fails, becomes an
     * error result naming the record; the batch never drops a record.
     */
    public Iterator<BatchResult> evaluateAll(Iterator<BatchInput> inputs) {
        return evaluateAll(inputs, java.util.function.Function.identity());
    }

    /**
     * As {@link #evaluateAll(Iterator)}, and applies {@code finish} to each result on the batch thread that evaluated it
     * (in parallel, before the result is handed back in input order). Use it for per-result work such as rendering
     * findings for output, so that the consuming thread does not become the batch's bottleneck. {@code finish} must be
     * thread-safe; an exception it throws fails the batch.
     */
    public <T> Iterator<T> evaluateAll(Iterator<BatchInput> inputs, java.util.function.Function<BatchResult, T> finish) {
        return evaluateAll(inputs, chunkSize, finish);
    }

    /**
     * As {@link #evaluateAll(Iterator, java.util.function.Function)}, in chunks of {@code chunkSize} records for this batch
     * (for records heavier than usual, such as an employee's year of pay periods in one request: fewer per chunk keeps
     * the records in flight, at most two chunks per thread, within memory).
     */
    public <T> Iterator<T> evaluateAll(Iterator<BatchInput> inputs, int chunkSize, java.util.function.Function<BatchResult, T> finish) {
        ensureOpen();
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        return new BatchIterator<>(inputs, chunkSize, finish);
    }

    /** The number of records per chunk of a batch ({@link Builder#chunkSize}). */
    public int chunkSize() {
        return chunkSize;
    }

    /** Batch over plain requests; records are named {@code request #N}. */
    public Stream<BatchResult> evaluateAll(Stream<EvaluationRequest> requests) {
        AtomicInteger n = new AtomicInteger();
        Iterator<BatchInput> in = requests.map(r -> BatchInput.of("request #" + n.incrementAndGet(), r)).iterator();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(evaluateAll(in),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private ExecutorService executor() {
        ExecutorService e = executor;
        if (e == null) {
            synchronized (this) {
                if (executor == null) {
                    AtomicInteger n = new AtomicInteger();
                    executor = Executors.newFixedThreadPool(threads, r -> {
                        Thread t = new Thread(r, "emplaw-batch-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
                }
                e = executor;
            }
        }
        return e;
    }

    private List<BatchResult> evaluateChunk(long firstIndex, List<BatchInput> chunk) {
        BatchResult[] out = new BatchResult[chunk.size()];
        Map<ModuleRuntime, SessionEvaluator> sessions = new HashMap<>();
        try {
            List<SharedSession> open = new ArrayList<>();
            List<SharedSession> full = new ArrayList<>();
            for (int j = 0; j < chunk.size(); j++) {
                BatchInput in = chunk.get(j);
                long index = firstIndex + j;
                EvaluationRequest request;
                try {
                    request = in.request().get();
                    if (request == null) {
                        out[j] = new BatchResult(index, in.record(), null, in.record() + ": no request");
                        continue;
                    }
                } catch (InputException e) {
                    out[j] = new BatchResult(index, in.record(), null, e.in(in.record()).getMessage());
                    continue;
                } catch (RuntimeException e) {
                    out[j] = new BatchResult(index, in.record(), null, in.record() + ": " + e);
                    continue;
                }
                if (requestsPerSession < 2 || !share(j, request, open, full)) {
                    out[j] = evaluateAlone(index, in, request, sessions);
                }
            }
            full.addAll(open);
            for (SharedSession g : full) {
                evaluateShared(g, firstIndex, chunk, out, sessions);
            }
        } finally {
            // back to the pool for the next chunk (or closed when the pool is full)
            sessions.forEach((rt, s) -> release(pool(rt), s));
        }
        return java.util.Arrays.asList(out);
    }

    /**
     * Requests of a chunk that one session evaluates together: one module's, with the same evaluation date and options,
     * whose keys ({@link RequestIndependence}) do not clash.
     */
    private static final class SharedSession {
        final ModuleRuntime runtime;
        final EvaluationContext ctx;
        final RequestIndependence.Keys keys = new RequestIndependence.Keys();
        final List<Integer> positions = new ArrayList<>();
        final List<EvaluationRequest> requests = new ArrayList<>();
        /** The place of each fact in the session's insertion order (a fact several requests hold is inserted once). */
        final java.util.IdentityHashMap<Object, Integer> inserted = new java.util.IdentityHashMap<>();

        SharedSession(ModuleRuntime runtime, EvaluationContext ctx) {
            this.runtime = runtime;
            this.ctx = ctx;
        }

        /**
         * True when the request's facts of each kind would be inserted in the order the request gives them: a rule's
         * matches of one kind of fact fire in insertion order, so a request that holds a fact an earlier request inserted
         * must not hold a fact of its kind before it that is inserted only now (its trace would list them the other way).
         */
        boolean keepsOrder(List<Object> facts) {
            boolean holdsInserted = false;
            for (Object f : facts) {
                if (inserted.containsKey(f)) {
                    holdsInserted = true;
                    break;
                }
            }
            if (!holdsInserted) {
                // all new: inserted after everything the session holds, in the request's order
                return true;
            }
            // the place each fact will have, and the last place of each kind so far (a request holds a handful of facts)
            int n = facts.size();
            int[] places = new int[n];
            Class<?>[] kinds = new Class<?>[n];
            int[] lastOfKind = new int[n];
            int nKinds = 0;
            int next = inserted.size();
            for (int i = 0; i < n; i++) {
                Object f = facts.get(i);
                Integer at = inserted.get(f);
                int place = -1;
                if (at != null) {
                    place = at;
                } else {
                    for (int j = 0; j < i; j++) {
                        if (facts.get(j) == f) {
                            place = places[j];
                            break;
                        }
                    }
                    if (place < 0) {
                        place = next++;
                    }
                }
                places[i] = place;
                int k = 0;
                while (k < nKinds && kinds[k] != f.getClass()) {
                    k++;
                }
                if (k == nKinds) {
                    kinds[nKinds++] = f.getClass();
                } else if (lastOfKind[k] > place) {
                    return false;
                }
                lastOfKind[k] = place;
            }
            return true;
        }

        void add(List<Object> facts) {
            for (Object f : facts) {
                inserted.putIfAbsent(f, inserted.size());
            }
        }
    }

    /**
     * Facts a shared session holds at most, per request it may hold ({@link Builder#requestsPerSession}). Sharing pays the
     * fixed cost of an evaluation once for several small requests; the work of a rule's joins grows with the facts of a
     * session (the California module keeps no join indexes), so a large request (an employee's year of pay periods,
     * 28 facts) is evaluated alone: measured, sharing such requests was no faster (BENCHMARKS.md, seventh round).
     */
    static final int FACTS_PER_SHARED_REQUEST = 4;

    /**
     * Adds the request at {@code position} of a chunk to a shared session it fits, or to a new one; false when it must be
     * evaluated alone (it is large, several modules want it, or its module does not state when requests are independent).
     */
    private boolean share(int position, EvaluationRequest request, List<SharedSession> open, List<SharedSession> full) {
        int maxFacts = FACTS_PER_SHARED_REQUEST * requestsPerSession;
        int size = request.facts().size();
        if (2 * size > maxFacts) {
            return false;
        }
        ModuleRuntime only = null;
        for (ModuleRuntime rt : modules) {
            if (wants(rt, request)) {
                if (only != null) {
                    return false;
                }
                only = rt;
            }
        }
        if (only == null) {
            return false;
        }
        RequestIndependence independence = only.module().requestIndependence();
        if (independence == null) {
            return false;
        }
        RequestIndependence.Keys keys = new RequestIndependence.Keys();
        if (!independence.keys(request.facts(), keys)) {
            return false;
        }
        EvaluationContext ctx = new EvaluationContext(request.asOf(), request.subject(), request.options());
        ModuleRuntime runtime = only.forRequest(ctx);
        SharedSession into = null;
        for (SharedSession g : open) {
            if (g.inserted.size() + size <= maxFacts && g.runtime == runtime && g.ctx.asOf().equals(request.asOf())
                    && g.ctx.options().equals(request.options()) && g.keys.compatible(keys) && g.keepsOrder(request.facts())) {
                into = g;
                break;
            }
        }
        if (into == null) {
            into = new SharedSession(runtime, ctx);
            open.add(into);
        }
        into.keys.addAll(keys);
        into.add(request.facts());
        into.positions.add(position);
        into.requests.add(request);
        if (into.requests.size() >= requestsPerSession) {
            open.remove(into);
            full.add(into);
        }
        return true;
    }

    /**
     * Evaluates a shared session's requests together; when the session cannot tell its requests apart (a firing joined
     * facts of requests with nothing in common) or a rule fails, evaluates each of them alone instead.
     */
    private void evaluateShared(SharedSession g, long firstIndex, List<BatchInput> chunk, BatchResult[] out,
                                Map<ModuleRuntime, SessionEvaluator> sessions) {
        int n = g.requests.size();
        if (n > 1) {
            List<List<Object>> facts = new ArrayList<>(n);
            List<String> subjects = new ArrayList<>(n);
            for (EvaluationRequest r : g.requests) {
                facts.add(r.facts());
                subjects.add(r.subject());
            }
            SessionEvaluator s = session(g.runtime, sessions);
            List<SessionEvaluator.Outcome> outcomes = null;
            try {
                outcomes = s.evaluateShared(g.ctx, facts, subjects);
            } catch (RuntimeException e) {
                LOG.debug("{} requests evaluated together failed; each is evaluated alone", n, e);
            } finally {
                if (s.broken()) {
                    sessions.remove(g.runtime).close();
                }
            }
            if (outcomes != null) {
                for (int i = 0; i < n; i++) {
                    int j = g.positions.get(i);
                    SessionEvaluator.Outcome o = outcomes.get(i);
                    out[j] = new BatchResult(firstIndex + j, chunk.get(j).record(),
                            result(g.requests.get(i), new ArrayList<>(o.findings()), new ArrayList<>(o.firings())), null);
                }
                requestsShared.add(n);
                sessionsShared.increment();
                return;
            }
            sessionsRedone.increment();
        }
        for (int i = 0; i < n; i++) {
            int j = g.positions.get(i);
            out[j] = evaluateAlone(firstIndex + j, chunk.get(j), g.requests.get(i), sessions);
        }
    }

    private SessionEvaluator session(ModuleRuntime runtime, Map<ModuleRuntime, SessionEvaluator> sessions) {
        return sessions.computeIfAbsent(runtime, k -> {
            SessionEvaluator pooled = pool(k).poll();
            return pooled != null ? pooled : new SessionEvaluator(k, law);
        });
    }

    private BatchResult evaluateAlone(long index, BatchInput in, EvaluationRequest request,
                                      Map<ModuleRuntime, SessionEvaluator> sessions) {
        try {
            EvaluationContext ctx = new EvaluationContext(request.asOf(), request.subject(), request.options());
            List<Finding> findings = new ArrayList<>();
            List<Firing> firings = new ArrayList<>();
            for (ModuleRuntime rt : modules) {
                if (!wants(rt, request)) {
                    continue;
                }
                ModuleRuntime runtime = rt.forRequest(ctx);
                SessionEvaluator s = session(runtime, sessions);
                try {
                    SessionEvaluator.Outcome out = s.evaluate(ctx, request.facts());
                    findings.addAll(out.findings());
                    firings.addAll(out.firings());
                } finally {
                    if (s.broken()) {
                        sessions.remove(runtime).close();
                    }
                }
            }
            return new BatchResult(index, in.record(), result(request, findings, firings), null);
        } catch (RuntimeException e) {
            LOG.debug("record {} failed", in.record(), e);
            return new BatchResult(index, in.record(), null, in.record() + " (" + request.subject() + "): "
                    + EvaluationException.rootMessage(e));
        }
    }

    /**
     * How a batch's requests shared sessions so far ({@link Builder#requestsPerSession}): requests evaluated in a shared
     * session, shared sessions, and shared sessions whose requests were evaluated alone again because the session could
     * not keep them apart (a module's keys let through requests its rules join) or a rule failed.
     */
    public record BatchStatistics(long requestsShared, long sessionsShared, long sessionsRedone) {
    }

    /** How this evaluator's batches have shared sessions so far. */
    public BatchStatistics batchStatistics() {
        return new BatchStatistics(requestsShared.sum(), sessionsShared.sum(), sessionsRedone.sum());
    }

    private final class BatchIterator<T> implements Iterator<T> {
        private final Iterator<BatchInput> inputs;
        private final int chunkSize;
        private final java.util.function.Function<BatchResult, T> finish;
        private final Deque<Future<List<T>>> inFlight = new ArrayDeque<>();
        private Iterator<T> current = java.util.Collections.emptyIterator();
        private long next;

        BatchIterator(Iterator<BatchInput> inputs, int chunkSize, java.util.function.Function<BatchResult, T> finish) {
            this.inputs = inputs;
            this.chunkSize = chunkSize;
            this.finish = finish;
        }

        private void fill() {
            while (inFlight.size() < threads * 2 && inputs.hasNext()) {
                List<BatchInput> chunk = new ArrayList<>(chunkSize);
                while (chunk.size() < chunkSize && inputs.hasNext()) {
                    chunk.add(inputs.next());
                }
                long first = next;
                next += chunk.size();
                inFlight.add(executor().submit(() -> {
                    List<BatchResult> results = evaluateChunk(first, chunk);
                    List<T> out = new ArrayList<>(results.size());
                    for (BatchResult r : results) {
                        out.add(finish.apply(r));
                    }
                    return out;
                }));
            }
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                fill();
                Future<List<T>> f = inFlight.poll();
                if (f == null) {
                    return false;
                }
                try {
                    current = f.get().iterator();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("batch interrupted", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("batch chunk failed", e.getCause());
                }
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this Emplaw evaluator is closed");
        }
    }

    /** Disposes pooled sessions and stops batch threads. KieBases stay cached for the JVM. */
    @Override
    public void close() {
        closed = true;
        for (ConcurrentLinkedQueue<SessionEvaluator> pool : pools.values()) {
            synchronized (pool) {
                SessionEvaluator s;
                while ((s = pool.poll()) != null) {
                    s.close();
                }
            }
        }
        ExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
        }
    }

    /** Requests of a batch that share one session at most, unless {@link Builder#requestsPerSession} says otherwise. */
    public static final int DEFAULT_REQUESTS_PER_SESSION = 8;

    /** Configures an {@link Emplaw}. */
    public static final class Builder {
        private final List<RuleModule> modules = new ArrayList<>();
        private final List<ParameterOverlay> overlays = new ArrayList<>();
        private int threads;
        private int chunkSize = 256;
        private int requestsPerSession = DEFAULT_REQUESTS_PER_SESSION;

        /** Adds every module on the classpath ({@link ServiceLoader}). */
        public Builder discoverModules() {
            for (RuleModule m : ServiceLoader.load(RuleModule.class, Emplaw.class.getClassLoader())) {
                modules.add(m);
            }
            return this;
        }

        /** Adds the classpath modules with these ids; an unknown id is an error. */
        public Builder modules(String... ids) {
            Map<String, RuleModule> found = new LinkedHashMap<>();
            for (RuleModule m : ServiceLoader.load(RuleModule.class, Emplaw.class.getClassLoader())) {
                found.put(m.descriptor().id(), m);
            }
            for (String id : ids) {
                RuleModule m = found.get(id);
                if (m == null) {
                    throw new ModuleLoadException(id, null, "no such module on the classpath (found: " + found.keySet() + ")");
                }
                modules.add(m);
            }
            return this;
        }

        /** Adds these modules. */
        public Builder modulesList(java.util.Collection<? extends RuleModule> ms) {
            modules.addAll(ms);
            return this;
        }

        public Builder module(RuleModule m) {
            modules.add(m);
            return this;
        }

        /** Loads a module from a folder (authoring mode: DRL compiled now). */
        public Builder moduleFolder(Path folder) {
            modules.add(FolderRuleModule.load(folder));
            return this;
        }

        public Builder overlay(ParameterOverlay o) {
            overlays.add(o);
            return this;
        }

        /** Threads for batches (default: available processors). */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** Records per session in batches (default 256; see BENCHMARKS.md). */
        public Builder chunkSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("chunk size must be at least 1");
            }
            this.chunkSize = n;
            return this;
        }

        /**
         * At most this many requests of a batch chunk share one session when their module states when requests are
         * independent ({@link RequestIndependence}, as the California module does by employee): inserted together and
         * fired once, with the same findings as alone. A shared session holds at most four facts per request it may
         * hold, so a request of more than twice that many facts is evaluated alone. 1 evaluates every request alone. Default
         * {@value #DEFAULT_REQUESTS_PER_SESSION}; at most {@value SessionEvaluator#MAX_SHARED}. Single evaluations
         * ({@link Emplaw#evaluate}) never share.
         */
        public Builder requestsPerSession(int n) {
            if (n < 1 || n > SessionEvaluator.MAX_SHARED) {
                throw new IllegalArgumentException("requests per session must be between 1 and " + SessionEvaluator.MAX_SHARED
                        + ", was " + n);
            }
            this.requestsPerSession = n;
            return this;
        }

        public Emplaw build() {
            if (modules.isEmpty()) {
                discoverModules();
            }
            return new Emplaw(this);
        }
    }
}
