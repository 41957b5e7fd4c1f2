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
        List<BatchResult> out = new ArrayList<>(chunk.size());
        Map<ModuleRuntime, SessionEvaluator> sessions = new HashMap<>();
        try {
            long i = firstIndex;
            for (BatchInput in : chunk) {
                out.add(evaluateOne(i++, in, sessions));
            }
        } finally {
            // back to the pool for the next chunk (or closed when the pool is full)
            sessions.forEach((rt, s) -> release(pool(rt), s));
        }
        return out;
    }

    private BatchResult evaluateOne(long index, BatchInput in, Map<ModuleRuntime, SessionEvaluator> sessions) {
        EvaluationRequest request;
        try {
            request = in.request().get();
            if (request == null) {
                return new BatchResult(index, in.record(), null, in.record() + ": no request");
            }
        } catch (InputException e) {
            return new BatchResult(index, in.record(), null, e.in(in.record()).getMessage());
        } catch (RuntimeException e) {
            return new BatchResult(index, in.record(), null, in.record() + ": " + e);
        }
        try {
            EvaluationContext ctx = new EvaluationContext(request.asOf(), request.subject(), request.options());
            List<Finding> findings = new ArrayList<>();
            List<Firing> firings = new ArrayList<>();
            for (ModuleRuntime rt : modules) {
                if (!wants(rt, request)) {
                    continue;
                }
                ModuleRuntime runtime = rt.forRequest(ctx);
                SessionEvaluator s = sessions.computeIfAbsent(runtime, k -> {
                    SessionEvaluator pooled = pool(k).poll();
                    return pooled != null ? pooled : new SessionEvaluator(k, law);
                });
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

    /** Configures an {@link Emplaw}. */
    public static final class Builder {
        private final List<RuleModule> modules = new ArrayList<>();
        private final List<ParameterOverlay> overlays = new ArrayList<>();
        private int threads;
        private int chunkSize = 256;

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

        public Emplaw build() {
            if (modules.isEmpty()) {
                discoverModules();
            }
            return new Emplaw(this);
        }
    }
}
