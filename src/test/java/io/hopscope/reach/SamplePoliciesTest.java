package io.hopscope.reach;

import io.hopscope.io.format.DiagramReader;
import io.hopscope.io.policy.PolicyException;
import io.hopscope.io.policy.PolicyReader;
import io.hopscope.model.NetworkModel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every diagrams/*.policy.yaml holds on its diagram, and catches the broken variant of its sample. */
class SamplePoliciesTest {

    private static List<AssertionResult> check(String diagram, Path policy) throws PolicyException {
        NetworkModel m = DiagramReader.read(Path.of("diagrams", diagram)).diagram().model();
        return new ReachAssertions(new ReachEngine(m), null).evaluate(PolicyReader.read(policy));
    }

    @TestFactory
    Stream<DynamicTest> everySamplePolicyHoldsOnItsDiagram() throws IOException {
        List<Path> policies;
        try (Stream<Path> s = Files.list(Path.of("diagrams"))) {
            policies = s.filter(p -> p.toString().endsWith(".policy.yaml")).sorted().toList();
        }
        assertTrue(policies.size() >= 3, "policy files beside the samples: " + policies);
        return policies.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String diagram = p.getFileName().toString().replace(".policy.yaml", ".json");
            assertTrue(Files.exists(Path.of("diagrams", diagram)), diagram + " beside " + p);
            for (AssertionResult r : check(diagram, p)) {
                assertTrue(r.holds(), r.assertion().name() + ": " + r.summary());
            }
        }));
    }

    @Test
    void theOrdersPolicyCatchesTheBrokenReturnPath() throws PolicyException {
        List<AssertionResult> results = check("ec2-to-rds-broken-return.json", Path.of("diagrams", "ec2-to-rds.policy.yaml"));
        AssertionResult mysql = results.stream().filter(r -> r.assertion().name().equals("web servers reach orders-db on MySQL"))
                .findFirst().orElseThrow();
        assertFalse(mysql.holds());
        Counterexample c = mysql.counterexample();
        assertNotNull(c.blockedAt(), "a reachable assertion names the blocking component");
        assertEquals("tcp", c.protocol());
        assertEquals(3306, c.port());
        assertNotNull(c.sourcePort());
        assertFalse(c.trace().reachable(), "the counterexample's concrete trace fails too");
    }
}
