package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.PlanUnknowns;
import io.hopscope.testing.engine.TestNet;
import io.hopscope.testing.engine.TraceAssertions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written plans of what the public samples lack (provider v5 security group rules, gateway
 * and interface endpoints, peering between module instances) trace exactly like the same networks
 * drawn by hand: same verdicts, same components with the same decisions, in the same order.
 */
class TerraformFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/terraform");

    @Test
    void v5RulesAndEndpointsTraceLikeTheirHandDrawnTwin() throws Exception {
        NetworkModel tf = TerraformImporter.importFile(DIR.resolve("v5-rules-endpoints-plan.json"), false).model();
        NetworkModel twin = TestNet.create()
                .vpc("vpc-main", "10.0.0.0/16")
                .subnet("subnet-app", "vpc-main", "10.0.1.0/24").subnet("subnet-db", "vpc-main", "10.0.2.0/24")
                .routeTable("rtb-main", "vpc-main", true, List.of(), "10.0.0.0/16 -> local")
                .routeTable("rtb-private", "vpc-main", false, List.of("subnet-app", "subnet-db"), "10.0.0.0/16 -> local",
                        "pl-s3 -> vpce-s3")
                .defaultAcl("acl-default", "vpc-main")
                .sg("sg-app", "vpc-main", List.of(), List.of("all 0.0.0.0/0"))
                .sg("sg-db", "vpc-main", List.of("tcp 5432 sg-app"), List.of())
                .sg("sg-endpoints", "vpc-main", List.of("tcp 443 10.0.1.0/24"), List.of())
                .instance("i-app", "subnet-app", "10.0.1.4", null, "sg-app")
                .instance("i-db", "subnet-db", "10.0.2.10", null, "sg-db")
                .prefixList("pl-s3", "com.amazonaws.us-east-1.s3", "52.216.0.0/15", "54.231.0.0/16")
                .gatewayEndpoint("vpce-s3", "vpc-main", "s3", "rtb-private")
                .interfaceEndpoint("vpce-ssm", "vpc-main", "subnet-app", "10.0.1.5", "sg-endpoints")
                .build();
        String[][] queries = {
            {"10.0.1.4", "10.0.2.10", "5432"}, {"10.0.2.10", "10.0.1.4", "22"}, {"10.0.1.4", "10.0.2.10", "3306"},
            {"10.0.1.4", "10.0.1.5", "443"}, {"10.0.2.10", "10.0.1.5", "443"}, {"10.0.1.4", "52.216.1.1", "443"},
            {"10.0.1.4", "8.8.8.8", "443"}};
        for (String[] q : queries) {
            assertSameTrace(tf, twin, q);
        }
        assertEquals("REACHABLE", trace(tf, queries[0]).verdict().name(), "app reaches the database on 5432");
        assertEquals("REACHABLE", trace(tf, queries[5]).verdict().name(), "app reaches S3 through the gateway endpoint");
        List<String> allocated = tf.unknowns().placeholders().stream()
                .filter(p -> p.field().startsWith("private address")).map(PlanUnknowns.Placeholder::value).toList();
        assertEquals(List.of("10.0.1.4", "10.0.1.5"), allocated, "first free addresses after the 4 AWS reserves");
    }

    @Test
    void peeringBetweenModuleInstancesTracesLikeItsHandDrawnTwin() throws Exception {
        NetworkModel tf = TerraformImporter.importFile(DIR.resolve("peering-modules-plan.json"), false).model();
        NetworkModel twin = TestNet.create()
                .vpc("vpc-app", "10.1.0.0/16").vpc("vpc-data", "10.2.0.0/16")
                .subnet("subnet-app", "vpc-app", "10.1.1.0/24").subnet("subnet-data", "vpc-data", "10.2.1.0/24")
                .routeTable("rtb-app-main", "vpc-app", true, List.of(), "10.1.0.0/16 -> local")
                .routeTable("rtb-data-main", "vpc-data", true, List.of(), "10.2.0.0/16 -> local")
                .routeTable("rtb-app", "vpc-app", false, List.of("subnet-app"), "10.1.0.0/16 -> local", "10.2.0.0/16 -> pcx-1")
                .routeTable("rtb-data", "vpc-data", false, List.of("subnet-data"), "10.2.0.0/16 -> local", "10.1.0.0/16 -> pcx-1")
                .defaultAcl("acl-app", "vpc-app").defaultAcl("acl-data", "vpc-data")
                .sg("sg-app", "vpc-app", List.of("tcp 22 10.0.0.0/8"), List.of("all 0.0.0.0/0"))
                .sg("sg-data", "vpc-data", List.of("tcp 22 10.0.0.0/8"), List.of("all 0.0.0.0/0"))
                .instance("i-app", "subnet-app", "10.1.1.4", null, "sg-app")
                .instance("i-data", "subnet-data", "10.2.1.4", null, "sg-data")
                .peering("pcx-1", "vpc-app", "vpc-data", "active")
                .build();
        String[][] queries = {{"10.1.1.4", "10.2.1.4", "22"}, {"10.2.1.4", "10.1.1.4", "22"}, {"10.2.1.4", "10.1.1.4", "80"},
            {"10.1.1.4", "10.3.0.9", "22"}};
        for (String[] q : queries) {
            assertSameTrace(tf, twin, q);
        }
        assertEquals("REACHABLE", trace(tf, queries[0]).verdict().name());
        assertTrue(tf.workloads().stream().anyMatch(w -> w.name().equals("app-host")), "names from the Name tags");
    }

    private static Trace trace(NetworkModel m, String[] q) {
        return TraceAssertions.trace(m, q[0], q[1], "tcp", Integer.valueOf(q[2]));
    }

    private static void assertSameTrace(NetworkModel tf, NetworkModel twin, String[] q) {
        Trace a = trace(tf, q);
        Trace b = trace(twin, q);
        String what = String.join(" ", q);
        assertEquals(b.verdict(), a.verdict(), what);
        assertEquals(steps(b.forward().hops()), steps(a.forward().hops()), what + " forward");
        assertEquals(b.reply() == null, a.reply() == null, what + " reply");
        if (b.reply() != null) {
            assertEquals(steps(b.reply().hops()), steps(a.reply().hops()), what + " reply");
        }
    }

    /** The components met and what each did, without ids (placeholders differ from the twin's ids). */
    private static List<String> steps(List<Hop> hops) {
        List<String> out = new ArrayList<>();
        for (Hop h : hops) {
            out.add(h.componentType() + " " + h.direction() + " " + h.decision() + " " + h.packet());
        }
        return out;
    }
}
