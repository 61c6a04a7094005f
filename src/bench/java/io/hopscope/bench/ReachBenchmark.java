package io.hopscope.bench;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import io.hopscope.reach.Exposure;
import io.hopscope.reach.Matrix;
import io.hopscope.reach.ReachEndpoint;
import io.hopscope.reach.ReachEngine;
import io.hopscope.reach.Selector;
import io.hopscope.reach.SelectorResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Exposure and matrix on the quota-scale account, with one concrete trace as the baseline the
 * others are read against when the machine is shared: the exposure of one random workload from the
 * internet (sample mode: read p50), the internet exposure of every workload (2 threads), and a
 * 1,000 x 1,000 matrix for tcp 443 (2 threads).
 */
@State(Scope.Benchmark)
public class ReachBenchmark {
    private NetworkModel model;
    private ReachEngine engine;
    private List<ReachEndpoint> workloads;
    private Tracer tracer;
    private TraceQuery baseline;
    private Random random;

    @Setup(Level.Trial)
    public void importAccount() {
        model = AwsImporter.importDirectory(GeneratedAccount.dir()).model();
        engine = new ReachEngine(model);
        workloads = new SelectorResolver(model, null).resolve(Selector.parse("all"));
        tracer = Tracer.withoutFixes(model);
        ReachEndpoint t = workloads.get(0);
        baseline = new TraceQuery("198.51.100.7", t.id(), Protocol.TCP, 443, null, null, null, null, null, null);
        random = new Random(GeneratedAccount.SEED);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Trace baselineOneTrace() {
        return tracer.trace(baseline);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Exposure.Answer exposureOfOneTargetFromTheInternet() {
        ReachEndpoint t = workloads.get(random.nextInt(workloads.size()));
        return new Exposure(engine).of(t, List.of(SelectorResolver.internet()), Protocol.ALL, PortSet.ALL);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Exposure.Answer> internetExposureOfEveryWorkload() {
        return new Exposure(engine).of(workloads, List.of(SelectorResolver.internet()), Protocol.ALL, PortSet.ALL, 2, n -> { });
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<Matrix.Entry> matrixOfAThousandByAThousand() {
        return new Matrix(engine).compute(workloads.subList(0, 1000), workloads.subList(1000, 2000), Protocol.TCP, 443, 2,
                n -> { });
    }
}
