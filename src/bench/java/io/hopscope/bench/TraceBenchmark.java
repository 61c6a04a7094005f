package io.hopscope.bench;

import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Workload;
import io.hopscope.model.WorkloadKind;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine on the quota-scale account: building a {@link Tracer} (its per-model indexes), one
 * bidirectional trace in sample mode (read p50/p99 from the percentiles JMH prints), and 10,000
 * random instance-to-instance/DB traces.
 */
@State(Scope.Benchmark)
public class TraceBenchmark {

    static final int RANDOM_TRACES = 10_000;
    private static final int[] PORTS = {22, 80, 443, 3306, 5432, 8080};

    private NetworkModel model;
    private Tracer tracer;
    private TraceQuery one;
    private TraceQuery toLoadBalancer;
    private List<TraceQuery> queries;

    @Setup(Level.Trial)
    public void importAccount() {
        AwsImport imported = AwsImporter.importDirectory(GeneratedAccount.dir());
        if (imported.hasErrors()) {
            throw new IllegalStateException("synthetic account did not import cleanly: " + imported.errors());
        }
        model = imported.model();
        tracer = new Tracer(model);
        queries = randomQueries(model, new Random(GeneratedAccount.SEED), RANDOM_TRACES);
        one = queries.get(0);
        for (TraceQuery q : queries) {
            tracer.trace(q); // every query resolves: a bad one would fail here, not inside a measurement
        }
        toLoadBalancer = loadBalancerQuery(model);
        if (toLoadBalancer != null && tracer.trace(toLoadBalancer).forward().hops().isEmpty()) {
            throw new IllegalStateException("the load balancer trace met nothing");
        }
    }

    /** An instance to the first internet-facing ALB of its VPC on 443: both connections and both replies. */
    static TraceQuery loadBalancerQuery(NetworkModel model) {
        for (io.hopscope.model.LoadBalancer lb : model.loadBalancers()) {
            for (Workload w : model.workloads()) {
                if (!lb.internal() && w.workloadKind() == WorkloadKind.EC2 && lb.vpcId().equals(vpcOf(model, w))) {
                    return new TraceQuery(w.id(), lb.name(), Protocol.TCP, 443, null, null, null, null, null, null);
                }
            }
        }
        return null;
    }

    /**
     * Random EC2 sources and EC2 or RDS destinations on common ports, four in five within the
     * source's VPC (as most real questions are) and the rest anywhere in the account.
     */
    static List<TraceQuery> randomQueries(NetworkModel model, Random random, int count) {
        List<Workload> sources = new ArrayList<>();
        List<Workload> targets = new ArrayList<>();
        Map<String, List<Workload>> targetsByVpc = new HashMap<>();
        for (Workload w : model.workloads()) {
            if (w.networkInterfaceIds().isEmpty()) {
                continue;
            }
            targets.add(w);
            targetsByVpc.computeIfAbsent(vpcOf(model, w), k -> new ArrayList<>()).add(w);
            if (w.workloadKind() == WorkloadKind.EC2) {
                sources.add(w);
            }
        }
        List<TraceQuery> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Workload from = sources.get(random.nextInt(sources.size()));
            List<Workload> pool = random.nextInt(5) == 0 ? targets : targetsByVpc.get(vpcOf(model, from));
            Workload to = pool.get(random.nextInt(pool.size()));
            int port = to.workloadKind() == WorkloadKind.RDS ? 3306 : PORTS[random.nextInt(PORTS.length)];
            list.add(new TraceQuery(from.id(), to.id(), Protocol.TCP, port, null, null, null, null, null, null));
        }
        return list;
    }

    private static String vpcOf(NetworkModel model, Workload w) {
        return model.vpcIdOf(model.networkInterface(w.networkInterfaceIds().get(0)));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Tracer buildTracer() {
        return new Tracer(model);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Trace oneTrace() {
        return tracer.trace(one);
    }

    /** One trace to a load balancer (rulebook 10): two walks each way and every target the node reaches. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Trace oneLoadBalancerTrace() {
        return tracer.trace(toLoadBalancer);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int tenThousandRandomTraces() {
        int reachable = 0;
        for (TraceQuery q : queries) {
            if (tracer.trace(q).reachable()) {
                reachable++;
            }
        }
        return reachable;
    }
}
