package io.hopscope.io.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Trace;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.net.IpAddress;
import io.hopscope.testing.engine.TraceAssertions;
import io.hopscope.testing.samples.SampleDiagrams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transit gateways and load balancers written in Terraform trace like the same networks drawn by
 * hand: the hub-and-spoke sample (custom TGW tables, explicit associations and propagations) and the
 * ALB web app sample (listeners, a weighted forward, target groups and attachments). A load
 * balancer's node interfaces are not Terraform resources, so their addresses are assigned at apply:
 * the hops are compared with each node address read as the twin's node in the same subnet.
 */
class TerraformTransitLbFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/terraform");

    @TempDir
    Path tmp;

    @Test
    void transitGatewayHubAndSpokesTraceLikeTheHandDrawnSample() throws Exception {
        TerraformImport t = TerraformImporter.importFile(DIR.resolve("tgw-hub-spoke-state.json"), false);
        assertTrue(t.skipped().isEmpty(), "every transit gateway resource is read: " + t.skipped());
        NetworkModel tf = t.model();
        NetworkModel twin = SampleDiagrams.tgwHubSpoke().model();
        assertEquals(1, tf.transitGateways().size());
        assertEquals(3, tf.transitAttachments().size());
        assertEquals(2, tf.transitRouteTables().size(), "default tables disabled: only the two the plan makes");
        String[][] queries = {
            {"10.2.1.10", "10.1.1.10", "443"}, {"10.3.1.10", "10.1.1.10", "443"}, {"10.2.1.10", "10.3.1.10", "22"},
            {"10.1.1.10", "10.3.1.10", "22"}, {"10.2.1.10", "10.1.1.10", "80"}};
        Map<String, String> same = Map.of();
        for (String[] q : queries) {
            assertSameTrace(tf, twin, same, q);
        }
        assertEquals("REACHABLE", trace(tf, queries[0]).verdict().name(), "app spoke reaches the hub");
        assertEquals("UNREACHABLE", trace(tf, queries[2]).verdict().name(), "the isolated table has no way back to the app");
    }

    @Test
    void applicationLoadBalancerTracesLikeTheHandDrawnSample() throws Exception {
        TerraformImport t = TerraformImporter.importFile(DIR.resolve("alb-web-app-state.json"), false);
        assertTrue(t.skipped().isEmpty(), "every load balancer resource is read: " + t.skipped());
        NetworkModel tf = t.model();
        NetworkModel twin = SampleDiagrams.albWebApp().model();
        Map<String, String> nodes = nodeAddresses(tf, twin);
        assertEquals(5, nodes.size(), "two nodes (private and public addresses) and the database: " + nodes);
        String albTf = invert(nodes).get("198.51.100.50");
        String dbTf = invert(nodes).get("10.40.20.20");
        String[][] queries = {
            {"203.0.113.10", albTf, "443"}, {"203.0.113.10", albTf, "8443"}, {"203.0.113.10", albTf, "80"},
            {"203.0.113.10", albTf, "22"}, {"10.40.10.10", dbTf, "5432"}, {"10.40.11.10", dbTf, "3306"}};
        String[][] twinQueries = {
            {"203.0.113.10", "198.51.100.50", "443"}, {"203.0.113.10", "198.51.100.50", "8443"},
            {"203.0.113.10", "198.51.100.50", "80"}, {"203.0.113.10", "198.51.100.50", "22"},
            {"10.40.10.10", "10.40.20.20", "5432"}, {"10.40.11.10", "10.40.20.20", "3306"}};
        for (int i = 0; i < queries.length; i++) {
            Trace a = trace(tf, queries[i]);
            Trace b = trace(twin, twinQueries[i]);
            String what = String.join(" ", twinQueries[i]);
            assertEquals(b.verdict(), a.verdict(), what);
            assertEquals(steps(b.forward().hops(), Map.of()), steps(a.forward().hops(), nodes), what + " forward");
            if (b.reply() != null) {
                assertEquals(steps(b.reply().hops(), Map.of()), steps(a.reply().hops(), nodes), what + " reply");
            }
        }
        assertEquals("REACHABLE", trace(tf, queries[0]).verdict().name(), "the shopper reaches app-tg through HTTPS:443");
        assertTrue(tf.unknowns().placeholders().stream().anyMatch(p -> p.field().equals("public address, assigned at apply")),
                "the nodes' public addresses are listed as placeholders");
    }

    @Test
    void peeringAttachmentJoinsTwoGatewaysAndAPlaceholderArnNamesTheNodes() throws Exception {
        String tgw = "{\"address\": \"aws_ec2_transit_gateway.%1$s\", \"mode\": \"managed\", \"type\": \"aws_ec2_transit_gateway\","
                + " \"name\": \"%1$s\", \"values\": {\"tags\": {\"Name\": \"%1$s\"}}}";
        String plan = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"aws_vpc.v\", \"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"v\","
                + " \"values\": {\"cidr_block\": \"10.0.0.0/16\"}},"
                + String.format(tgw, "east") + "," + String.format(tgw, "west") + ","
                + "{\"address\": \"aws_ec2_transit_gateway_peering_attachment.p\", \"mode\": \"managed\","
                + " \"type\": \"aws_ec2_transit_gateway_peering_attachment\", \"name\": \"p\", \"values\": {\"peer_region\": \"us-west-2\"}},"
                + "{\"address\": \"aws_ec2_transit_gateway_peering_attachment_accepter.p\", \"mode\": \"managed\","
                + " \"type\": \"aws_ec2_transit_gateway_peering_attachment_accepter\", \"name\": \"p\", \"values\": {}}]}},"
                + " \"configuration\": {\"root_module\": {\"resources\": ["
                + "{\"address\": \"aws_ec2_transit_gateway_peering_attachment.p\", \"type\": \"aws_ec2_transit_gateway_peering_attachment\","
                + " \"name\": \"p\", \"expressions\": {\"transit_gateway_id\": {\"references\": [\"aws_ec2_transit_gateway.east.id\"]},"
                + " \"peer_transit_gateway_id\": {\"references\": [\"aws_ec2_transit_gateway.west.id\"]}}},"
                + "{\"address\": \"aws_ec2_transit_gateway_peering_attachment_accepter.p\","
                + " \"type\": \"aws_ec2_transit_gateway_peering_attachment_accepter\", \"name\": \"p\", \"expressions\":"
                + " {\"transit_gateway_attachment_id\": {\"references\": [\"aws_ec2_transit_gateway_peering_attachment.p.id\"]}}}]}}}";
        Path f = tmp.resolve("peering.json");
        Files.writeString(f, plan);
        NetworkModel m = TerraformImporter.importFile(f, false).model();
        List<TransitGatewayAttachment> peerings = m.transitAttachments().stream()
                .filter(a -> a.type() == TransitGatewayAttachment.Type.PEERING).toList();
        assertEquals(2, peerings.size(), "one attachment seen from each gateway: " + m.transitAttachments());
        assertNotNull(peerings.get(0).peerAttachmentId(), "the two ends know each other");
        assertEquals(2, m.transitRouteTables().size(), "each gateway's default route table");
        assertTrue(m.transitRouteTables().stream().allMatch(r -> r.propagations().isEmpty()), "peerings never propagate");

        String arn = TfLoadBalancerMapper.placeholderArn(new TfContext("f", "eu-west-1", List.of(), null,
                TfHashes.startIfWorthIt(List.of())),
                new TfResource(TfAddress.parse("aws_lb.web"), "aws_lb.web", com.fasterxml.jackson.databind.node.JsonNodeFactory
                        .instance.objectNode().put("name", "web").put("load_balancer_type", "network"), null, "$", null),
                TfKind.LOAD_BALANCER);
        assertTrue(arn.matches("arn:aws:elasticloadbalancing:eu-west-1:000000000000:loadbalancer/net/web/[0-9a-f]{16}"), arn);
    }

    private static Map<String, String> invert(Map<String, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(v, k));
        return out;
    }

    /** Each interface's addresses in the Terraform model read as the twin's interface of the same kind in the same subnet. */
    private static Map<String, String> nodeAddresses(NetworkModel tf, NetworkModel twin) {
        Map<String, String> out = new HashMap<>();
        for (NetworkInterface e : tf.networkInterfaces()) {
            List<NetworkInterface> match = twin.networkInterfaces().stream()
                    .filter(x -> x.subnetId().equals(e.subnetId()) && x.type() == e.type()).toList();
            if (match.size() != 1 || match.get(0).privateIps().equals(e.privateIps())) {
                continue;
            }
            out.put(e.privateIps().get(0).toString(), match.get(0).privateIps().get(0).toString());
            IpAddress pub = e.publicIp();
            if (pub != null && match.get(0).publicIp() != null) {
                out.put(pub.toString(), match.get(0).publicIp().toString());
            }
        }
        return out;
    }

    private static Trace trace(NetworkModel m, String[] q) {
        return TraceAssertions.trace(m, q[0], q[1], "tcp", Integer.valueOf(q[2]));
    }

    private static void assertSameTrace(NetworkModel tf, NetworkModel twin, Map<String, String> rename, String[] q) {
        Trace a = trace(tf, q);
        Trace b = trace(twin, q);
        String what = String.join(" ", q);
        assertEquals(b.verdict(), a.verdict(), what);
        assertEquals(steps(b.forward().hops(), Map.of()), steps(a.forward().hops(), rename), what + " forward");
        assertEquals(b.reply() == null, a.reply() == null, what + " reply");
        if (b.reply() != null) {
            assertEquals(steps(b.reply().hops(), Map.of()), steps(a.reply().hops(), rename), what + " reply");
        }
    }

    /** The components met and what each did, without ids; addresses renamed where the plan leaves them to AWS. */
    private static List<String> steps(List<Hop> hops, Map<String, String> rename) {
        List<String> out = new ArrayList<>();
        for (Hop h : hops) {
            String packet = String.valueOf(h.packet());
            for (Map.Entry<String, String> e : rename.entrySet()) {
                packet = packet.replaceAll("\\b" + java.util.regex.Pattern.quote(e.getKey()) + "\\b", e.getValue());
            }
            out.add(h.componentType() + " " + h.direction() + " " + h.decision() + " " + packet);
        }
        return out;
    }
}
