package io.hopscope.engine.eval;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkAclEvaluatorTest {
    private final NetworkAclEvaluator eval = new NetworkAclEvaluator();

    private static AclIndex acl(String... entries) {
        return new AclIndex(new NetworkAcl("acl-1", "db-nacl", "vpc-1", false, List.of(),
                Arrays.stream(entries).map(TestNet::aclEntry).toList()));
    }

    private static Packet tcp(String src, String dst, int dstPort) {
        return new Packet(Protocol.TCP, IpAddress.parse(src), 40000, IpAddress.parse(dst), dstPort, null, null);
    }

    @Test
    void inboundMatchesSourceOutboundMatchesDestination() {
        AclIndex a = acl("100 in allow tcp 3306 10.0.1.0/24", "100 out allow tcp 1024-65535 10.0.1.0/24");
        assertEquals(Decision.ALLOW, eval.evaluate(a, null, tcp("10.0.1.10", "10.0.2.45", 3306), false, null).decision());
        assertEquals(Decision.DENY, eval.evaluate(a, null, tcp("10.0.9.10", "10.0.2.45", 3306), false, null).decision());
        assertEquals(Decision.ALLOW, eval.evaluate(a, null, tcp("10.0.2.45", "10.0.1.10", 40000), true, null).decision());
        assertEquals(Decision.DENY, eval.evaluate(a, null, tcp("10.0.2.45", "10.0.3.10", 40000), true, null).decision());
    }

    @Test
    void finalStarRuleIsLabelledStar() {
        Hop h = eval.evaluate(acl(), null, tcp("10.0.1.10", "10.0.2.45", 3306), false, null);
        assertEquals("*", h.rule());
        assertEquals("*", h.reason());
        assertEquals("SUBNET_ACL_RESTRICTION", h.code());
    }

    @Test
    void icmpRulesMatchTypeAndIpv4RulesNeverMatchIpv6() {
        AclIndex a = acl("100 in allow icmp 8 0.0.0.0/0", "110 in allow all 0.0.0.0/0");
        Packet echoV6 = new Packet(Protocol.ICMPV6, IpAddress.parse("2001:db8::1"), null, IpAddress.parse("2600::1"), null, 128, 0);
        assertNull(eval.decidingEntry(a, echoV6, false));
        Packet echo = new Packet(Protocol.ICMP, IpAddress.parse("10.0.1.1"), null, IpAddress.parse("10.0.2.1"), null, 8, 0);
        assertEquals(100, eval.decidingEntry(a, echo, false).ruleNumber());
        Packet unreachable = new Packet(Protocol.ICMP, IpAddress.parse("10.0.1.1"), null, IpAddress.parse("10.0.2.1"), null, 3, 4);
        assertEquals(110, eval.decidingEntry(a, unreachable, false).ruleNumber());
    }

    @Test
    void partialEphemeralRangeIsReported() {
        AclIndex a = acl("100 out deny tcp 32768-40000 10.0.1.0/24", "200 out allow tcp 1024-65535 10.0.1.0/24");
        Hop h = eval.evaluate(a, null, tcp("10.0.2.45", "10.0.1.10", 50000), true, new PortRange(32768, 60999));
        assertEquals(Decision.ALLOW, h.decision());
        assertTrue(h.explanation().contains("only 40001-60999 pass"), h.explanation());
        Hop whole = eval.evaluate(acl("100 out allow tcp 1024-65535 0.0.0.0/0"), null,
                tcp("10.0.2.45", "10.0.1.10", 50000), true, new PortRange(32768, 60999));
        assertTrue(!whole.explanation().contains("Depends"), whole.explanation());
    }
}
