package io.hopscope.engine;

import io.hopscope.engine.walk.Tracer;
import io.hopscope.engine.eval.NetworkAclEvaluator;
import io.hopscope.engine.eval.SecurityGroupEvaluator;
import io.hopscope.engine.index.AclIndex;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IcmpMatch;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TwoTier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Seeded random rule lists checking invariants the rulebook states, over many generated cases. */
class EvaluatorPropertiesTest {
    private static final Protocol[] PROTOCOLS = {Protocol.TCP, Protocol.UDP, Protocol.ICMP, Protocol.ALL, new Protocol(47)};
    private static final String[] CIDRS = {"0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "10.0.2.0/24", "10.0.1.10/32",
            "203.0.113.0/24", "::/0"};

    private static Packet randomPacket(Random r) {
        Protocol p = PROTOCOLS[r.nextInt(PROTOCOLS.length - 1) == 3 ? 4 : r.nextInt(3)];
        IpAddress src = IpAddress.parse(r.nextBoolean() ? "10.0.1.10" : "203.0.113.7");
        IpAddress dst = IpAddress.parse(r.nextBoolean() ? "10.0.2.45" : "10.0.1.99");
        if (p.hasPorts()) {
            return new Packet(p, src, 1024 + r.nextInt(60000), dst, r.nextInt(65536), null, null);
        }
        if (p.isIcmp()) {
            return new Packet(p, src, null, dst, null, r.nextBoolean() ? 8 : 0, 0);
        }
        return new Packet(p, src, null, dst, null, null, null);
    }

    private static PortRange randomPorts(Random r) {
        int a = r.nextInt(65536);
        int b = r.nextInt(65536);
        return new PortRange(Math.min(a, b), Math.max(a, b));
    }

    private static AclEntry randomEntry(Random r, int number) {
        Protocol p = PROTOCOLS[r.nextInt(PROTOCOLS.length)];
        PortRange ports = p.hasPorts() ? randomPorts(r) : null;
        IcmpMatch icmp = p.isIcmp() ? new IcmpMatch(r.nextBoolean() ? -1 : r.nextBoolean() ? 8 : 0, -1) : null;
        return new AclEntry(number, r.nextBoolean(), p, ports, icmp, Cidr.parse(CIDRS[r.nextInt(CIDRS.length)]),
                r.nextBoolean() ? RuleAction.ALLOW : RuleAction.DENY);
    }

    @Test
    void naclVerdictIndependentOfListOrder() {
        Random r = new Random(20261123L);
        NetworkAclEvaluator eval = new NetworkAclEvaluator();
        for (int round = 0; round < 500; round++) {
            List<AclEntry> entries = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (int i = 0; i < 1 + r.nextInt(12); i++) {
                AclEntry e = randomEntry(r, 1 + r.nextInt(400));
                if (used.add(e.ruleNumber() + "/" + e.egress())) {
                    entries.add(e);
                }
            }
            List<AclEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, r);
            AclIndex a = new AclIndex(new NetworkAcl("acl-a", "", "vpc-1", false, List.of(), entries));
            AclIndex b = new AclIndex(new NetworkAcl("acl-b", "", "vpc-1", false, List.of(), shuffled));
            for (int k = 0; k < 20; k++) {
                Packet p = randomPacket(r);
                boolean egress = r.nextBoolean();
                assertSame(eval.decidingEntry(a, p, egress), eval.decidingEntry(b, p, egress));
                AclEntry deciding = eval.decidingEntry(a, p, egress);
                if (deciding != null) {
                    // First match wins: no lower-numbered entry of that direction matches.
                    for (AclEntry e : entries) {
                        if (e.egress() == egress && e.ruleNumber() < deciding.ruleNumber()) {
                            assertFalse(NetworkAclEvaluator.matches(e, p, egress));
                        }
                    }
                }
            }
        }
    }

    private static SgRule randomSgRule(Random r) {
        Protocol p = PROTOCOLS[r.nextInt(PROTOCOLS.length)];
        PortRange ports = p.hasPorts() ? randomPorts(r) : null;
        IcmpMatch icmp = p.isIcmp() ? new IcmpMatch(r.nextBoolean() ? -1 : 8, -1) : null;
        SgPeer peer = r.nextInt(4) == 0 ? SgPeer.group("sg-web") : SgPeer.cidr(Cidr.parse(CIDRS[r.nextInt(CIDRS.length)]));
        return new SgRule(p, ports, icmp, peer, "");
    }

    private static List<SgRule> randomRules(Random r) {
        List<SgRule> rules = new ArrayList<>();
        for (int i = 0; i < r.nextInt(5); i++) {
            rules.add(randomSgRule(r));
        }
        return rules;
    }

    @Test
    void sgUnionCommutative() {
        Random r = new Random(7L);
        NetworkModel base = TwoTier.base().build();
        for (int round = 0; round < 300; round++) {
            SecurityGroup g1 = new SecurityGroup("sg-g1", "", "vpc-1", "", randomRules(r), randomRules(r));
            SecurityGroup g2 = new SecurityGroup("sg-g2", "", "vpc-1", "", randomRules(r), randomRules(r));
            NetworkModel m = base.toBuilder().put(g1).put(g2).build();
            NetworkInterface eni = m.networkInterface("eni-db-1");
            NetworkInterface ab = eni.withSecurityGroupIds(List.of("sg-g1", "sg-g2"));
            NetworkInterface ba = eni.withSecurityGroupIds(List.of("sg-g2", "sg-g1"));
            NetworkInterface onlyA = eni.withSecurityGroupIds(List.of("sg-g1"));
            NetworkInterface onlyB = eni.withSecurityGroupIds(List.of("sg-g2"));
            SecurityGroupEvaluator eval = new SecurityGroupEvaluator(new ModelIndex(m));
            for (int k = 0; k < 20; k++) {
                Packet p = randomPacket(r);
                boolean ingress = r.nextBoolean();
                boolean x = eval.match(ab, p, ingress) != null;
                assertEquals(x, eval.match(ba, p, ingress) != null);
                assertEquals(x, eval.match(onlyA, p, ingress) != null || eval.match(onlyB, p, ingress) != null);
            }
        }
    }

    @Test
    void replyNeverFailsAtSecurityGroup() {
        Random r = new Random(99L);
        int replies = 0;
        for (int round = 0; round < 300; round++) {
            List<SgRule> webOut = randomRules(r);
            List<SgRule> dbIn = randomRules(r);
            if (r.nextBoolean()) {
                webOut.add(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.ANY_IPV4), ""));
                dbIn.add(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.parse("10.0.0.0/16")), ""));
            }
            SecurityGroup web = new SecurityGroup("sg-web", "", "vpc-1", "", randomRules(r), webOut);
            SecurityGroup db = new SecurityGroup("sg-db", "", "vpc-1", "", dbIn, randomRules(r));
            List<AclEntry> acl = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                acl.add(randomEntry(r, 10 * (i + 1)));
            }
            if (r.nextBoolean()) {
                acl.add(AclEntry.allowAll(1000, true, Cidr.ANY_IPV4));
                acl.add(AclEntry.allowAll(1000, false, Cidr.ANY_IPV4));
            }
            NetworkModel m = TwoTier.base().acl("acl-db", "vpc-1", false, List.of("subnet-db")).build()
                    .toBuilder().put(web).put(db)
                    .put(new NetworkAcl("acl-db", "", "vpc-1", false, List.of("subnet-db"), acl)).build();
            Packet p = randomPacket(r);
            TraceQuery q = new TraceQuery("web-1", "db-1", p.protocol(), p.dstPort(), p.srcPort(), p.icmpType(),
                    p.icmpCode(), null, null, null);
            Trace t = new Tracer(m).trace(q);
            if (t.reply() != null) {
                replies++;
                for (Hop h : t.reply().hops()) {
                    if (h.componentType().equals("security-group")) {
                        assertEquals(Decision.TRACKED, h.decision());
                    }
                }
            }
            // Also the replies evaluated behind a blocked request (as if it had passed).
            for (Blocker b : t.blockers()) {
                if (b.onReply()) {
                    assertNotEquals("security-group", b.hop().componentType());
                    assertNotEquals("network-interface", b.hop().componentType());
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(replies > 20, "enough generated flows reached the reply: " + replies);
    }

    @Test
    void fastBlockMembershipAgreesWithCidr() {
        Random r = new Random(5L);
        for (int i = 0; i < 20000; i++) {
            boolean v6 = r.nextBoolean();
            IpAddress ip = v6 ? new IpAddress(6, r.nextLong(), r.nextLong()) : IpAddress.ofIpv4(r.nextInt() & 0xFFFF_FFFFL);
            IpAddress base = r.nextInt(3) == 0 ? ip : v6 ? new IpAddress(6, ip.hi() ^ (1L << r.nextInt(64)), ip.lo())
                    : IpAddress.ofIpv4(ip.lo() ^ (1L << r.nextInt(32)));
            Cidr block = new Cidr(base.version(), base.hi(), base.lo(), r.nextInt(base.bitLength() + 1));
            if (r.nextInt(5) == 0) {
                block = v6 ? Cidr.ANY_IPV4 : Cidr.ANY_IPV6;
            }
            assertEquals(block.contains(ip), io.hopscope.engine.index.Addresses.contains(block, ip), block + " " + ip);
        }
    }

    @Test
    void partialRangeReportAgreesWithPortByPortEvaluation() {
        Random r = new Random(11L);
        NetworkAclEvaluator eval = new NetworkAclEvaluator();
        PortRange client = new PortRange(32768, 60999);
        for (int round = 0; round < 200; round++) {
            List<AclEntry> entries = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(5); i++) {
                entries.add(new AclEntry(10 * (i + 1), true, Protocol.TCP, randomPorts(r), null,
                        Cidr.parse(r.nextBoolean() ? "10.0.1.0/24" : "0.0.0.0/0"), r.nextBoolean() ? RuleAction.ALLOW : RuleAction.DENY));
            }
            AclIndex acl = new AclIndex(new NetworkAcl("acl-p", "", "vpc-1", false, List.of(), entries));
            Packet p = new Packet(Protocol.TCP, IpAddress.parse("10.0.2.45"), 3306, IpAddress.parse("10.0.1.10"), 40000, null, null);
            int allowed = 0;
            for (int port = client.from(); port <= client.to(); port += 7) {
                if (eval.allows(acl, p.withDestination(p.dst(), port), true)) {
                    allowed++;
                }
            }
            String partial = eval.partialRange(acl, p, true, client);
            int samples = (client.to() - client.from()) / 7 + 1;
            if (allowed == 0 || allowed == samples) {
                assertEquals(null, partial, entries.toString());
            }
        }
    }
}
