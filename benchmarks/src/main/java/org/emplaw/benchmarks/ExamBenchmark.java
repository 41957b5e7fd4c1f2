package org.emplaw.benchmarks;

import java.util.concurrent.TimeUnit;
import org.emplaw.core.Emplaw;
import org.emplaw.core.EvaluationRequest;
import org.emplaw.core.EvaluationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Los Angeles civil-service exam scoring, ranking and certification: one open competitive exam (two weighted parts,
 * seeded scores) of 1k, 10k and 100k candidates in one evaluation (the whole eligible list is one legal unit).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ExamBenchmark</pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = 1)
@Measurement(iterations = 7, batchSize = 1)
public class ExamBenchmark {
    @Param({"1000", "10000", "100000"})
    public int candidates;

    Emplaw emplaw;
    EvaluationRequest exam;

    @Setup(Level.Trial)
    public void setUp() {
        emplaw = Emplaw.builder().modules("us-ca-la-civil-service").build();
        exam = SampleFacts.examRequest(candidates);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        emplaw.close();
    }

    @Benchmark
    public int scoreRankAndCertify() {
        EvaluationResult r = emplaw.evaluate(exam);
        if (r.findings().isEmpty()) {
            throw new IllegalStateException("no findings");
        }
        return r.findings().size();
    }
}
