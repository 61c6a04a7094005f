package io.hopscope.bench;

import io.hopscope.io.aws.AwsImport;
import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.describe.AwsDescribeReader;
import io.hopscope.io.aws.describe.AwsSnapshot;
import java.nio.file.Path;
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
 * Import of the quota-scale synthetic account (20 VPCs, 1,000 subnets, 10,000 ENIs, 1,000 SGs x 60
 * rules): the whole two-stage import, and each stage alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {

    private Path dir;
    private AwsSnapshot snapshot;

    @Setup(Level.Trial)
    public void generate() {
        dir = GeneratedAccount.dir();
        snapshot = new AwsDescribeReader().read(dir);
        AwsImport check = AwsImporter.convert(snapshot);
        if (check.hasErrors() || check.model().networkInterfaces().size() < 10_000) {
            throw new IllegalStateException("synthetic account did not import cleanly: " + check.errors());
        }
    }

    @Benchmark
    public AwsImport importDirectory() {
        return AwsImporter.importDirectory(dir);
    }

    @Benchmark
    public AwsSnapshot readDescribeFiles() {
        return new AwsDescribeReader().read(dir);
    }

    @Benchmark
    public AwsImport convertToModel() {
        return AwsImporter.convert(snapshot);
    }
}
