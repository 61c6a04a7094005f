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

    /** Every interface answered on its own, from scratch. */
    private static Map<String, String> fresh(NetworkModel m) {
        return new InternetExposure(false).update(m, () -> false);
    }

    @Test
    void theWebServerIsExposedOnHttpsAndTheDatabaseIsNot() {
        Diagram d = ReachPanelViewModelTest.sample("ec2-to-rds");
        Map<String, String> badges = fresh(d.model());
        assertEquals(Map.of(WEB, "tcp 443"), badges);
    }

    @Test
    void aRuleEditAnswersOnlyTheTargetsThatMetTheGroup() {
        Diagram d = ReachPanelViewModelTest.sample("ec2-to-rds");
        InternetExposure live = new InternetExposure();
        live.update(d.model(), () -> false);
        Diagram closed = new RemoveSecurityGroupRuleEdit(WEB_SG, true, 0).apply(d);
        assertEquals(Map.of(), live.update(closed.model(), () -> false), "no rule, no badge");
        assertEquals(1, live.lastRecomputed(), "only web-1 met web-sg");
        assertEquals(Map.of(WEB, "tcp 443"), live.update(d.model(), () -> false), "undo brings it back");
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
        assertEquals(Map.of(), live.update(moved.model(), () -> false), "no public IP, nothing from the internet");
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
                Map<String, String> incremental = live.update(d.model(), () -> false);
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
    void badgeTextGroupsPortsByProtocol() {
        assertEquals("tcp 80,443 · icmp", InternetExposure.text(new java.util.LinkedHashSet<>(List.of("tcp 80", "tcp 443", "icmp"))));
        assertEquals("all", InternetExposure.text(new java.util.LinkedHashSet<>(List.of("tcp 80", "all"))));
        assertTrue(InternetExposure.ruleOnlyChanges(NetworkModel.EMPTY, NetworkModel.EMPTY).isEmpty());
        assertFalse(InternetExposure.text(java.util.Set.of("udp 53")).isEmpty());
    }
}
