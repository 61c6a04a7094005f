package io.hopscope.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.model.AclEntry;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintCheckerTest {

    private static final NetworkModel START = LabFiles.read(LabFiles.LABS.resolve("nacl-ephemeral-return.json")).start().model();

    private static NetworkAcl acl(NetworkModel m, String name) {
        return m.networkAcls().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static SecurityGroup sg(NetworkModel m, String name) {
        return m.securityGroups().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static NetworkModel replaceAclEntries(NetworkModel m, String name, List<AclEntry> entries) {
        return m.with(acl(m, name).withEntries(entries));
    }

    @Test
    void widenedReplyRuleIsOneChangeAndOpensNothing() {
        NetworkAcl db = acl(START, "db-nacl");
        List<AclEntry> entries = new ArrayList<>(db.inbound());
        AclEntry old = db.outbound().get(0);
        entries.add(new AclEntry(100, true, Protocol.TCP, new PortRange(1024, 65535), null, old.cidr(), RuleAction.ALLOW));
        NetworkModel attempt = replaceAclEntries(START, "db-nacl", entries);
        assertEquals(1, RuleChanges.count(START, attempt));
        assertTrue(ConstraintChecker.check(START, attempt, List.of(new LabConstraint.NoWorldOpen(),
                new LabConstraint.MaxRuleChanges(1))).isEmpty());
    }

    @Test
    void allowAllToTheWorldIsRefusedWhateverTheOtherRules() {
        NetworkAcl db = acl(START, "db-nacl");
        List<AclEntry> entries = new ArrayList<>(db.entries());
        entries.add(AclEntry.allowAll(90, true, Cidr.parse("0.0.0.0/0")));
        List<Violation> v = ConstraintChecker.check(START, replaceAclEntries(START, "db-nacl", entries),
                List.of(new LabConstraint.NoWorldOpen()));
        assertEquals(1, v.size());
        assertEquals("worldOpenAcl", v.get(0).code());
        assertEquals(List.of("db-nacl", "outbound", "90", "0.0.0.0/0"), v.get(0).args());
    }

    @Test
    void openingThatTheStartAlreadyHadIsNotTheLearnersDoing() {
        // web-sg admits 443 from 0.0.0.0/0 in the start: the scenario, not a violation.
        assertTrue(ConstraintChecker.check(START, START, List.of(new LabConstraint.NoWorldOpen())).isEmpty());
        SecurityGroup web = sg(START, "web-sg");
        List<SgRule> inbound = new ArrayList<>(web.inbound());
        inbound.add(new SgRule(Protocol.ALL, null, null, SgPeer.cidr(Cidr.parse("::/0")), "everyone"));
        List<Violation> v = ConstraintChecker.check(START, START.with(web.withInbound(inbound)),
                List.of(new LabConstraint.NoWorldOpen()));
        assertEquals(List.of("worldOpenSg"), v.stream().map(Violation::code).toList());
    }

    @Test
    void aReplacedGroupRuleCountsOnceAndARenumberedNaclEntryTwice() {
        SecurityGroup db = sg(START, "orders-db-sg");
        SgRule old = db.inbound().get(0);
        NetworkModel replaced = START.with(db.withInbound(List.of(new SgRule(old.protocol(), PortRange.single(3307),
                null, old.peer(), "moved"))));
        assertEquals(1, RuleChanges.count(START, replaced));
        NetworkModel renamed = START.with(db.withInbound(List.of(new SgRule(old.protocol(), old.ports(), null,
                old.peer(), "a new description"))));
        assertEquals(0, RuleChanges.count(START, renamed), "descriptions are not changes");
        NetworkAcl web = acl(START, "web-nacl");
        List<AclEntry> entries = new ArrayList<>();
        for (AclEntry e : web.entries()) {
            entries.add(e.ruleNumber() == 100 && !e.egress() ? new AclEntry(90, false, e.protocol(), e.ports(), e.icmp(),
                    e.cidr(), e.action()) : e);
        }
        assertEquals(2, RuleChanges.count(START, replaceAclEntries(START, "web-nacl", entries)));
    }

    @Test
    void turningOnRoutePropagationIsOneChange() {
        LabFile vpn = LabFiles.read(LabFiles.SOLUTIONS.resolve("vpn-route-propagation.json"));
        // The solution adds the propagated route (AWS's doing) and turns propagation on (the learner's).
        assertEquals(1, RuleChanges.count(vpn.start().model(), vpn.diagram().model()));
        RouteTable t = vpn.diagram().model().routeTables().get(0);
        assertEquals(1, t.propagatingVgwIds().size());
    }

    @Test
    void newNatGatewaysAndPublicIpsAreNamed() {
        LabFile nat = LabFiles.read(LabFiles.WRONG.resolve("nat-private-egress-public-ips.json"));
        List<Violation> v = ConstraintChecker.check(nat.start().model(), nat.diagram().model(), nat.lab().constraints());
        assertEquals(List.of("newPublicIp", "newPublicIp"), v.stream().map(Violation::code).toList());
        LabFile s3 = LabFiles.read(LabFiles.WRONG.resolve("s3-gateway-endpoint-internet-gateway.json"));
        List<Violation> w = ConstraintChecker.check(s3.start().model(), s3.diagram().model(), s3.lab().constraints());
        assertEquals("newResource", w.get(0).code());
        assertEquals(List.of("internet-gateway", "analytics-igw"), w.get(0).args());
    }
}
