package io.hopscope.reach;

import io.hopscope.io.policy.PolicyReader;
import io.hopscope.lab.LabReader;
import io.hopscope.model.NetworkModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} and the labs judge with one evaluator, so a policy may name a destination outside
 * the model from an interface (the NAT lab: the private workers call an API on the internet), and
 * a policy over nothing that crosses the model is still an input error.
 */
class OutsideTargetsTest {

    private static List<AssertionResult> check(String diagram, Path policy) throws io.hopscope.io.policy.PolicyException {
        NetworkModel m = LabReader.read(Path.of(diagram)).file().diagram().model();
        return ReachAssertions.of(m).evaluate(PolicyReader.read(policy));
    }

    @Test
    void anInterfaceToAnOutsideHostFailsBeforeTheFixAndHoldsAfter(@TempDir Path dir) throws IOException, io.hopscope.io.policy.PolicyException {
        Path policy = dir.resolve("egress.yaml");
        Files.writeString(policy, """
                assertions:
                  - name: worker-1 reaches the API on HTTPS
                    from: worker-1
                    to: api
                    protocol: tcp
                    ports: "443"
                    expect: reachable
                  - name: worker-1 does not reach the API on SSH
                    from: worker-1
                    to: api
                    protocol: tcp
                    ports: "22"
                    expect: unreachable
                """);
        List<AssertionResult> start = check("diagrams/labs/nat-private-egress.json", policy);
        assertFalse(start.get(0).holds(), start.get(0).summary());
        assertTrue(start.get(0).summary().startsWith("tcp 443 from worker-1 to "), start.get(0).summary());
        assertEquals("worker-1", start.get(0).counterexample().trace().query().fromLabel());
        List<AssertionResult> solved = check("src/test/resources/labs/solutions/nat-private-egress.json", policy);
        assertTrue(solved.get(0).holds(), solved.get(0).summary());
        assertEquals(null, solved.get(0).counterexample());
    }

    @Test
    void outsideToOutsideCrossesNothingAndIsAnInputError(@TempDir Path dir) throws IOException, io.hopscope.io.policy.PolicyException {
        Path policy = dir.resolve("nothing.yaml");
        Files.writeString(policy, """
                assertions:
                  - name: the internet reaches the API
                    from: internet
                    to: api
                    protocol: tcp
                    ports: "443"
                    expect: reachable
                """);
        SelectorException e = org.junit.jupiter.api.Assertions.assertThrows(SelectorException.class,
                () -> check("diagrams/labs/nat-private-egress.json", policy));
        assertTrue(e.getMessage().contains("names no interface to reach"), e.getMessage());
    }
}
