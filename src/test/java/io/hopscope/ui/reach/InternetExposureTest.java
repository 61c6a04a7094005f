package io.hopscope.ui.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.AddSecurityGroupRuleEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.RemoveSecurityGroupRuleEdit;
import io.hopscope.edit.SetInterfaceAddressesEdit;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The badges' answer, and that answering only the targets an edit touched gives the full answer. */
class InternetExposureTest {
    static final String WEB_SG = ReachPanelViewModelTest.WEB_SG;
    static final String WEB = ReachPanelViewModelTest.WEB;
    static final String WEB_NACL = "acl-0a1b2c3d4e5f60009";

    /** Every interface answered on its own, from scratch. */
    private static Map<String, ExposureBadge> fresh(NetworkModel m) {
        return new InternetExposure(false).update(m, () -> false);
    }

    private static Map<String, String> texts(Map<String, ExposureBadge> badges) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        badges.forEach((shape, b) -> out.put(shape, b.text()));
        return out;
    }

    @Test
    void theWebServerIsExposedOnHttpsAndTheDatabaseIsNot() {
        Diagram d = ReachPanelViewModelTest.sample("ec2-to-rds");
        Map<String, ExposureBadge> badges = fresh(d.model());
        assertEquals(Map.of(WEB, "tcp 443"), texts(badges));
        assertEquals(io.hopscope.engine.Verdict.REACHABLE, badges.get(WEB).level());
    }

    @Test
    void aRuleEditAnswersOnlyTheTargetsThatMetTheGroup() {
        Diagram d = ReachPanelViewModelTest.sample("ec2-to-rds");
        InternetExposure live = new InternetExposure();
        live.update(d.model(), () -> false);
        Diagram closed = new RemoveSecurityGroupRuleEdit(WEB_SG, true, 0).apply(d);
        assertEquals(Map.of(), texts(live.update(closed.model(), () -> false)), "no rule, no badge");
        assertEquals(1, live.lastRecomputed(), "only web-1 met web-sg");
        assertEquals(Map.of(WEB, "tcp 443"), texts(live.update(d.model(), () -> false)), "undo brings it back");
        live.update(d.model(), () -> false);
        assertEquals(0, live.lastRecomputed(), "the same model answers from what it has");
    }

    @Test
    void anInterfaceChangeAnswersEveryTarget() {
        Diagram d = ReachPanelViewModelTest.sample("ec2-to-rds");
        InternetExposure live = new InternetExposure();
        live.update(d.model(), () -> false);
        int all = live.lastRecomputed();
        var eni = d.model().networkInterface("eni-0a1b2c3d4e5f6000e");
        Diagram moved = new SetInterfaceAddressesEdit(eni.id(), eni.privateIps(), null, eni.ipv6Ips()).apply(d);
        assertEquals(Map.of(), texts(live.update(moved.model(), () -> false)), "no public IP, nothing from the internet");
        assertEquals(all, live.lastRecomputed());
    }

    @Test
    void incrementalAnswersEqualFreshOnesAfterRandomRuleEdits() {
        Random random = new Random(16);
        for (String sample : List.of("ec2-to-rds", "three-tier", "bastion", "alb-web-app", "generated")) {
            Diagram d = sample.equals("generated") ? ExposureDiagrams.generated(1) : ReachPanelViewModelTest.sample(sample);
            InternetExposure live = new InternetExposure();
            live.update(d.model(), () -> false);
            for (int i = 0; i < 12; i++) {
                d = randomRuleEdit(d, random).apply(d);
                Map<String, ExposureBadge> incremental = live.update(d.model(), () -> false);
                assertEquals(fresh(d.model()), incremental, sample + " after edit " + i);
            }
        }
    }

    private static Edit randomRuleEdit(Diagram d, Random random) {
        List<SecurityGroup> groups = d.model().securityGroups();
        SecurityGroup g = groups.get(random.nextInt(groups.size()));
        boolean inbound = random.nextBoolean();
        List<SgRule> rules = inbound ? g.inbound() : g.outbound();
        if (!rules.isEmpty() && random.nextInt(3) == 0) {
            return new RemoveSecurityGroupRuleEdit(g.id(), inbound, random.nextInt(rules.size()));
        }
        int port = List.of(22, 80, 443, 3306, 5432, 8080).get(random.nextInt(6));
        // Peers that split a subnet's interfaces apart (a /30 over two of them) test the classes too.
        Cidr peer = List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("10.0.0.0/8"), Cidr.parse("203.0.113.0/24"),
                Cidr.parse("10.0.0.12/30"), Cidr.parse("54.0.1.12/30")).get(random.nextInt(5));
        return new AddSecurityGroupRuleEdit(g.id(), inbound, new SgRule(Protocol.TCP, new PortRange(port, port), null, SgPeer.cidr(peer), ""));
    }

    @Test
    void aReplyLetThroughToSomeClientPortsOnlyIsAPortDependentBadgeThatSaysWhichAcl() {
        Diagram d = ReachPanelViewModelTest.sample("ec2-to-rds");
        // web-nacl's outbound 110 lets replies out to client ports 1024-2000 only: a client that
        // picks a port above 2000 (Linux picks 32768-60999) gets no reply.
        Diagram narrowed = new io.hopscope.edit.ReplaceAclEntryEdit(WEB_NACL, 110, new io.hopscope.model.AclEntry(110, true,
                Protocol.TCP, new PortRange(1024, 2000), null, Cidr.parse("0.0.0.0/0"), io.hopscope.model.RuleAction.ALLOW)).apply(d);
        InternetExposure live = new InternetExposure();
        live.update(d.model(), () -> false);
        ExposureBadge b = live.update(narrowed.model(), () -> false).get(WEB);
        assertEquals(fresh(narrowed.model()).get(WEB), b);
        assertEquals(io.hopscope.engine.Verdict.PORT_DEPENDENT, b.level());
        assertEquals("tcp 443*", b.text());
        assertEquals("exposure-badge-PORT_DEPENDENT", b.styleClass());
        assertEquals("", b.reachable());
        assertEquals(List.of(WEB_NACL + ": 1024-2000"), b.portLimits());
        String tip = ExposureTexts.tooltip(ReachPanelViewModelTest.MESSAGES, b);
        assertTrue(tip.contains("some client ports") && tip.contains(WEB_NACL + ": 1024-2000"), tip);
    }

    @Test
    void aBadgeMarksWhatOpensForSomeClientPortsAndWhatIsUnknown() {
        InternetExposure.Answer a = new InternetExposure.Answer("i-1", List.of("tcp 443"), List.of("tcp 80,8080"), List.of("udp 53"),
                List.of("acl-1: 1024-2000"), List.of("vgw-1"), java.util.Set.of());
        ExposureBadge b = ExposureWhy.badge(List.of(a));
        assertEquals("tcp 443,80*,8080* · udp 53?", b.text());
        assertEquals(io.hopscope.engine.Verdict.REACHABLE, b.level(), "the most certain part sets the look");
        String tip = ExposureTexts.tooltip(ReachPanelViewModelTest.MESSAGES, b);
        assertEquals(3, tip.split("\n").length, tip);
        assertTrue(tip.contains("vgw-1") && tip.contains("udp 53"), tip);
        ExposureBadge unknownOnly = ExposureWhy.badge(List.of(new InternetExposure.Answer("i-1", List.of(), List.of(), List.of("udp 53"),
                List.of(), List.of("vgw-1"), java.util.Set.of())));
        assertEquals(io.hopscope.engine.Verdict.UNKNOWN, unknownOnly.level());
        assertEquals("udp 53?", unknownOnly.text());
        assertEquals("exposure-badge-UNKNOWN", unknownOnly.styleClass());
    }

    @Test
    void badgeTextGroupsPortsByProtocol() {
        assertEquals("tcp 80,443 · icmp", InternetExposure.text(new java.util.LinkedHashSet<>(List.of("tcp 80", "tcp 443", "icmp"))));
        assertEquals("all", InternetExposure.text(new java.util.LinkedHashSet<>(List.of("tcp 80", "all"))));
        assertTrue(InternetExposure.ruleOnlyChanges(NetworkModel.EMPTY, NetworkModel.EMPTY).isEmpty());
        assertFalse(InternetExposure.text(java.util.Set.of("udp 53")).isEmpty());
    }
}
