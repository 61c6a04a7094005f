package io.hopscope.reach;

import io.hopscope.io.aws.AwsImporter;
import io.hopscope.io.aws.SyntheticAccount;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.reach.ExposureWriter;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortSet;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exposure of many targets shares the boxes a request from outside drops before the target between
 * targets placed alike, and those the internet gateway drops on entry between targets of a VPC: the shared answer must be the answer of each target computed alone, row for
 * row, on the samples with random rules and on a small synthetic account (many targets per subnet).
 */
class PlacementShareTest {
    private static final long SEED = 20261203L;

    @Test
    void sharedAnswersAreEachTargetsOwnOnRandomRules() throws IOException {
        Random rnd = new Random(SEED);
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("diagrams"))) {
            samples = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int targets = 0;
        for (Path sample : samples) {
            NetworkModel base = DiagramReader.read(sample).diagram().model();
            for (int m = 0; m < 3; m++) {
                NetworkModel model = m == 0 ? base : ReachPropertyTest.RandomRules.mutate(base, rnd);
                targets += compare(sample.getFileName() + "#" + m, model, Protocol.ALL);
            }
        }
        assertTrue(targets > 50, "targets compared: " + targets);
    }

    @Test
    void sharedAnswersAreEachTargetsOwnOnASyntheticAccount(@TempDir Path dir) throws IOException {
        new SyntheticAccount(7, SyntheticAccount.Scale.quotaTimes(0.01)).write(dir);
        NetworkModel model = AwsImporter.importDirectory(dir).model();
        assertTrue(compare("synthetic", model, Protocol.TCP) >= 50);
    }

    @Test
    void aSecondTargetPlacedAlikeSkipsWhatTheFirstDroppedBeforeIt(@TempDir Path dir) throws IOException {
        new SyntheticAccount(7, SyntheticAccount.Scale.quotaTimes(0.01)).write(dir);
        NetworkModel model = AwsImporter.importDirectory(dir).model();
        ReachEngine engine = new ReachEngine(model);
        List<ReachEndpoint> all = new SelectorResolver(model, null).resolve(Selector.parse("all"));
        ReachEndpoint first = all.get(0);
        ReachEndpoint second = all.stream().skip(1)
                .filter(t -> PlacementShare.placement(model, t.eni()).equals(PlacementShare.placement(model, first.eni())))
                .findFirst().orElseThrow();
        Map<List<Object>, BitSet> table = PlacementShare.newTable();
        ReachEndpoint internet = SelectorResolver.internet();
        PlacementShare a = PlacementShare.of(table, model, internet, first);
        engine.cells(internet, first, Protocol.ALL, PortSet.ALL, a);
        a.finish();
        PlacementShare b = PlacementShare.of(table, model, internet, second);
        List<Cell> shared = engine.cells(internet, second, Protocol.ALL, PortSet.ALL, b);
        List<Cell> alone = engine.cells(internet, second, Protocol.ALL, PortSet.ALL);
        assertTrue(b.skip(0), "the first box (the private address, dropped at the internet gateway) is known");
        assertTrue(shared.size() < alone.size(), shared.size() + " cells traced, alone " + alone.size());
        assertEquals(alone.stream().filter(Cell::opens).map(c -> c.box() + " " + c.verdict()).toList(),
                shared.stream().filter(Cell::opens).map(c -> c.box() + " " + c.verdict()).toList());
    }

    @Test
    void aTargetInAnotherSubnetOfTheVpcSkipsWhatTheGatewayDroppedOnEntry(@TempDir Path dir) throws IOException {
        new SyntheticAccount(7, SyntheticAccount.Scale.quotaTimes(0.01)).write(dir);
        NetworkModel model = AwsImporter.importDirectory(dir).model();
        ReachEngine engine = new ReachEngine(model);
        List<ReachEndpoint> all = new SelectorResolver(model, null).resolve(Selector.parse("all"));
        ReachEndpoint first = null;
        ReachEndpoint other = null;
        for (int i = 0; i < all.size() && other == null; i++) {
            first = all.get(i);
            ReachEndpoint f = first;
            other = all.stream().skip(i + 1)
                    .filter(t -> !t.eni().subnetId().equals(f.eni().subnetId()))
                    .filter(t -> PlacementShare.entry(model, t.eni()).equals(PlacementShare.entry(model, f.eni())))
                    .findFirst().orElse(null);
        }
        assertTrue(other != null, "two targets of a VPC in different subnets");
        assertTrue(!PlacementShare.placement(model, other.eni()).equals(PlacementShare.placement(model, first.eni())));
        Map<List<Object>, BitSet> table = PlacementShare.newTable();
        ReachEndpoint internet = SelectorResolver.internet();
        PlacementShare a = PlacementShare.of(table, model, internet, first);
        engine.cells(internet, first, Protocol.ALL, PortSet.ALL, a);
        a.finish();
        PlacementShare b = PlacementShare.of(table, model, internet, other);
        List<Cell> shared = engine.cells(internet, other, Protocol.ALL, PortSet.ALL, b);
        List<Cell> alone = engine.cells(internet, other, Protocol.ALL, PortSet.ALL);
        assertTrue(b.skip(0), "the private address's first box (dropped by the internet gateway on entry) is known");
        assertTrue(shared.size() < alone.size(), shared.size() + " cells traced, alone " + alone.size());
        assertEquals(alone.stream().filter(Cell::opens).map(c -> c.box() + " " + c.verdict()).toList(),
                shared.stream().filter(Cell::opens).map(c -> c.box() + " " + c.verdict()).toList());
    }

    /** Every workload from the internet and an external network: shared (2 threads) against each alone. */
    private static int compare(String what, NetworkModel model, Protocol protocol) {
        ReachEngine engine = new ReachEngine(model);
        SelectorResolver sel = new SelectorResolver(model, null);
        List<ReachEndpoint> targets = sel.resolve(Selector.parse("all"));
        List<ReachEndpoint> sources = List.of(SelectorResolver.internet(), SelectorResolver.network(Cidr.parse("172.16.0.0/12")));
        Exposure exposure = new Exposure(engine);
        List<Exposure.Answer> shared = exposure.of(targets, sources, protocol, PortSet.ALL, 2, n -> { });
        List<Exposure.Answer> alone = new ArrayList<>();
        for (ReachEndpoint t : targets) {
            alone.add(exposure.of(t, sources, protocol, PortSet.ALL));
        }
        assertEquals(ExposureWriter.json(alone), ExposureWriter.json(shared), what);
        return targets.size();
    }
}
