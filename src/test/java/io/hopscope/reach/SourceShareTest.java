package io.hopscope.reach;

import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.SyntheticAccount;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.reach.MatrixWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A matrix row shares the requests dropped on the source's side between destinations placed alike:
 * the shared matrix must be the matrix of one trace per pair, byte for byte, on every sample with
 * random rules and on synthetic accounts of several seeds (many destinations per subnet, peered and
 * unpeered VPCs, NAT and internet gateways), for several services.
 */
class SourceShareTest {
    private static final long SEED = 20261204L;
    /** Four VPCs, one peering: most pairs cross to an unpeered VPC and die at a NAT or internet gateway. */
    private static final SyntheticAccount.Scale FOUR_VPCS = new SyntheticAccount.Scale(4, 5, 30, 5, 60, 40, 50, 1);

    @Test
    void sharedMatrixIsThePerPairMatrixOnRandomRules() throws IOException {
        Random rnd = new Random(SEED);
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("diagrams"))) {
            samples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long pairs = 0;
        for (Path sample : samples) {
            NetworkModel base = DiagramReader.read(sample).diagram().model();
            for (int m = 0; m < 3; m++) {
                NetworkModel model = m == 0 ? base : ReachPropertyTest.RandomRules.mutate(base, rnd);
                pairs += compare(sample.getFileName() + "#" + m, model, Protocol.TCP, 443);
                pairs += compare(sample.getFileName() + "#" + m, model, Protocol.TCP, 22);
                pairs += compare(sample.getFileName() + "#" + m, model, Protocol.UDP, 53);
                pairs += compare(sample.getFileName() + "#" + m, model, Protocol.ICMP, null);
            }
        }
        assertTrue(pairs > 1_000, "pairs compared: " + pairs);
    }

    @Test
    void sharedMatrixIsThePerPairMatrixOnSyntheticAccounts(@TempDir Path dir) throws IOException {
        for (long seed : new long[] {7, 42, 20261204}) {
            Path d = Files.createDirectory(dir.resolve("s" + seed));
            new SyntheticAccount(seed, seed == 42 ? SyntheticAccount.Scale.quotaTimes(0.01) : FOUR_VPCS).write(d);
            NetworkModel model = AwsImporter.importDirectory(d).model();
            assertTrue(compare("synthetic " + seed, model, Protocol.TCP, 443) >= 10_000);
            compare("synthetic " + seed, model, Protocol.TCP, 3306);
        }
    }

    @Test
    void aDestinationPlacedAlikeTakesTheAnswerOfARequestDroppedOnTheSourcesSide(@TempDir Path dir) throws IOException {
        new SyntheticAccount(7, FOUR_VPCS).write(dir);
        NetworkModel model = AwsImporter.importDirectory(dir).model();
        ReachEngine engine = new ReachEngine(model);
        List<ReachEndpoint> all = new SelectorResolver(model, null).resolve(Selector.parse("all"));
        Matrix matrix = new Matrix(engine);
        int hits = 0;
        for (ReachEndpoint source : all) {
            SourceShare share = new SourceShare(model, engine.cuts(), SourceShare.serviceAddresses(model));
            for (ReachEndpoint t : all) {
                if (t == source) {
                    continue;
                }
                Matrix.Entry known = share.lookup(source, t);
                Matrix.Entry traced = matrix.compute(List.of(source), List.of(t), Protocol.TCP, 443, 1, n -> { }, false).get(0);
                if (known != null) {
                    hits++;
                    assertNull(known.trace());
                    assertEquals(traced.verdict() + " " + traced.blockedAt(), known.verdict() + " " + known.blockedAt(),
                            source.id() + " -> " + t.id());
                } else {
                    var trace = engine.trace(new io.hopscope.engine.TraceQuery(source.eni().id(), t.eni().id(), Protocol.TCP,
                            443, null, null, null, null, null, null));
                    assertNotNull(trace);
                    share.learn(t, trace, traced.verdict(), traced.blockedAt());
                }
            }
        }
        assertTrue(hits > all.size() * all.size() / 10, hits + " of " + all.size() * all.size() + " pairs shared");
    }

    /** Every workload to every workload: shared (2 threads) against one trace per pair. */
    private static long compare(String what, NetworkModel model, Protocol protocol, Integer port) {
        ReachEngine engine = new ReachEngine(model);
        List<ReachEndpoint> all = new SelectorResolver(model, null).resolve(Selector.parse("all")).stream()
                .filter(ReachEndpoint::isInterface).toList();
        Matrix matrix = new Matrix(engine);
        List<Matrix.Entry> shared = matrix.compute(all, all, protocol, port, 2, n -> { });
        List<Matrix.Entry> alone = matrix.compute(all, all, protocol, port, 2, n -> { }, false);
        assertEquals(MatrixWriter.csv(alone, true), MatrixWriter.csv(shared, true), what + " " + protocol.label() + " " + port);
        return shared.size();
    }
}
