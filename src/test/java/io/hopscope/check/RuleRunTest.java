package io.hopscope.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A large model's rules run on two threads; the problems must be exactly those of one thread
 * checking the rules in turn, in the same order, capped or not.
 */
class RuleRunTest {

    @Test
    void aLargeDamagedModelGetsTheProblemsOfOneThreadInRuleOrder() {
        Random random = new Random(21);
        for (int round = 0; round < 2; round++) {
            NetworkModel big = largeDamagedModel(random);
            assertTrue(big.allResources().size() >= RuleRun.PARALLEL_FROM, "large enough to run on two threads");
            ResourceLocator locator = ResourceLocator.byModelIndex(big);
            for (boolean capped : List.of(true, false)) {
                List<Problem> oneThread = oneThread(big, locator, capped, ModelValidator.RULES);
                assertEquals(oneThread, new RuleRun(big, locator, capped, ModelValidator.RULES).problems());
                Set<String> kinds = oneThread.stream().map(p -> p.text() == null ? p.message() : String.valueOf(p.text().key())).collect(Collectors.toSet());
                assertTrue(kinds.size() >= 4, "several rules find something: " + kinds);
            }
        }
    }

    @Test
    void theValidatorsEntryPointsAgreeWithOneThreadOnALargeModel() {
        NetworkModel big = largeDamagedModel(new Random(5));
        ResourceLocator locator = ResourceLocator.byModelIndex(big);
        assertEquals(oneThread(big, locator, true, ModelValidator.RULES), ModelValidator.validate(big));
        assertEquals(oneThread(big, locator, false, ModelValidator.RULES).stream().filter(Problem::isError).toList(),
                ModelValidator.errorsAll(big, locator));
    }

    @Test
    void aRuleThatFailsFailsTheRunWhicheverThreadRanIt() {
        NetworkModel big = largeDamagedModel(new Random(8));
        ModelRule failing = (m, f) -> {
            throw new IllegalStateException("rule bug");
        };
        List<ModelRule> rules = new ArrayList<>(ModelValidator.RULES);
        for (int at : List.of(0, rules.size() / 2, rules.size())) {
            List<ModelRule> withFailure = new ArrayList<>(rules);
            withFailure.add(at, failing);
            RuleRun run = new RuleRun(big, ResourceLocator.byModelIndex(big), true, withFailure);
            assertEquals("rule bug", assertThrows(IllegalStateException.class, run::problems).getMessage());
        }
    }

    private static List<Problem> oneThread(NetworkModel m, ResourceLocator locator, boolean capped, List<ModelRule> rules) {
        Findings findings = new Findings(locator, capped);
        for (ModelRule rule : rules) {
            findings.startRule(rule);
            rule.check(m, findings);
        }
        findings.finishRule();
        return findings.problems();
    }

    /**
     * The sample diagrams, each with a sixth of its resources dropped (references dangle) and one
     * repeated, side by side until the model passes the two-thread threshold: ids collide across
     * copies, so duplicates, overlaps and addresses used twice are found too.
     */
    private static NetworkModel largeDamagedModel(Random random) {
        List<NetworkModel> samples = SAMPLES;
        List<Resource> all = new ArrayList<>();
        while (all.size() < RuleRun.PARALLEL_FROM) {
            for (NetworkModel sample : samples) {
                List<Resource> kept = new ArrayList<>();
                for (Resource r : sample.allResources()) {
                    if (random.nextInt(6) != 0) {
                        kept.add(r);
                    }
                }
                if (!kept.isEmpty()) {
                    kept.add(kept.get(random.nextInt(kept.size())));
                }
                all.addAll(kept);
            }
        }
        return NetworkModel.builder().addAll(all).build();
    }

    private static final List<NetworkModel> SAMPLES = samples();

    private static List<NetworkModel> samples() {
        List<NetworkModel> models = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("diagrams"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                var load = DiagramReader.read(f);
                assertNotNull(load.diagram(), f + " reads");
                models.add(load.diagram().model());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return models;
    }
}
