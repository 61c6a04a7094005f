package io.hopscope.ui.inspector;

import java.util.List;
import static io.hopscope.ui.inspector.InspectorFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.engine.Direction;
import io.hopscope.engine.RuleRef;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.SgPeerKind;
import io.hopscope.ui.common.DiagramDocument;
import org.junit.jupiter.api.Test;

class RuleTablesViewModelTest {

    private final DiagramDocument doc = new DiagramDocument(ec2ToRds());

    @Test
    void newInboundRulesStartAtTheVpcBlockNeverTheInternet() {
        SecurityGroupRulesViewModel in = new SecurityGroupRulesViewModel(doc, english(), DB_SG, true);
        int before = in.getRows().size();
        assertTrue(in.add(RulePreset.MYSQL));
        assertEquals("10.0.0.0/16", in.getRows().get(before).peer(), "a new inbound source is the VPC's block");
        AclEntriesViewModel aclIn = new AclEntriesViewModel(doc, english(), DB_ACL, false);
        assertTrue(aclIn.add(RulePreset.SSH));
        assertEquals("10.0.0.0/16", aclIn.getRows().stream().filter(r -> "22".equals(r.ports())).findFirst()
                .orElseThrow().cidr(), "a new inbound entry admits the VPC's block, not 0.0.0.0/0");
        SecurityGroupRulesViewModel out = new SecurityGroupRulesViewModel(doc, english(), DB_SG, false);
        assertTrue(out.add(RulePreset.HTTPS));
        assertEquals("0.0.0.0/0", out.getRows().get(out.getRows().size() - 1).peer(), "outbound keeps AWS's default");
    }

    @Test
    void peerPickerOffersNamesWithIdsAndFiltersOnEveryTypedWord() {
        SecurityGroupRulesViewModel sg = new SecurityGroupRulesViewModel(doc, english(), DB_SG, true);
        List<String> all = sg.peerChoices();
        assertTrue(all.contains(WEB_SG + " (web-sg)"), all.toString());
        assertEquals(List.of(WEB_SG + " (web-sg)"), PeerFilter.matching(all, "web sg"));
        assertEquals(List.of(), PeerFilter.matching(all, "172.16.0.0/12"), "a CIDR being typed matches nothing and is kept as typed");
        assertTrue(PeerFilter.matching(all, "10.0").contains("10.0.0.0/16"));
    }

    @Test
    void aclRowsAreSortedByNumberAndEndWithTheFixedDenyRow() {
        AclEntriesViewModel acl = new AclEntriesViewModel(doc, english(), DB_ACL, false);
        assertTrue(acl.add(RulePreset.SSH));
        acl.edit(1, AclEntriesViewModel.Column.NUMBER, "50");
        assertEquals("50", acl.getRows().get(0).number());
        assertEquals("22", acl.getRows().get(0).ports());
        AclRow last = acl.getRows().get(acl.getRows().size() - 1);
        assertTrue(last.isFinalDeny());
        assertEquals("*", last.number());
        assertFalse(acl.remove(acl.getRows().size() - 1));
        assertTrue(acl.getError().contains("final * rule"));
    }

    @Test
    void aDuplicateRuleNumberIsRefusedWithAMessage() {
        AclEntriesViewModel acl = new AclEntriesViewModel(doc, english(), DB_ACL, false);
        acl.add(RulePreset.HTTPS);
        int undoable = 1;
        assertFalse(acl.edit(1, AclEntriesViewModel.Column.NUMBER, "100"));
        assertTrue(acl.getError().contains("Rule number 100 is already used"), acl.getError());
        assertTrue(doc.canUndoProperty().get());
        doc.undo();
        assertFalse(doc.canUndoProperty().get(), "only the add was performed: " + undoable);
    }

    @Test
    void presetsGiveTheConsolesPortsAndANewNumberInStepsOfAHundred() {
        AclEntriesViewModel acl = new AclEntriesViewModel(doc, english(), DB_ACL, true);
        acl.add(RulePreset.EPHEMERAL);
        AclRow added = acl.getRows().get(1);
        assertEquals("200", added.number());
        assertEquals("1024-65535", added.ports());
        acl.edit(1, AclEntriesViewModel.Column.PROTOCOL, "icmp");
        assertEquals("-1/-1", acl.getRows().get(1).ports(), "switching to ICMP asks for a type/code");
        acl.edit(1, AclEntriesViewModel.Column.ACTION, "deny");
        assertEquals("deny", acl.getRows().get(1).action());
    }

    @Test
    void securityGroupRulesTakeAPeerFromTheListOrATypedCidr() {
        SecurityGroupRulesViewModel sg = new SecurityGroupRulesViewModel(doc, english(), DB_SG, true);
        assertTrue(sg.add(RulePreset.POSTGRESQL));
        assertTrue(sg.peerChoices().stream().anyMatch(c -> c.startsWith(WEB_SG + " (web-sg)")));
        assertTrue(sg.edit(1, SecurityGroupRulesViewModel.Column.PEER, WEB_SG + " (web-sg)"));
        assertEquals(SgPeerKind.SECURITY_GROUP, sg.getRows().get(1).rule().peer().kind());
        assertFalse(sg.edit(1, SecurityGroupRulesViewModel.Column.PEER, "10.0.0.0/33"));
        assertTrue(sg.getError().contains("prefix"), sg.getError());
        assertTrue(sg.edit(1, SecurityGroupRulesViewModel.Column.PORTS, "5432-5433"));
        assertTrue(sg.duplicate(1));
        assertEquals(3, sg.getRows().size());
        assertTrue(sg.remove(2));
        assertEquals(2, sg.getRows().size());
        assertEquals(1, sg.rowOf(RuleRef.sgRule(DB_SG, Direction.INGRESS, 1)));
    }

    @Test
    void routeTargetsAreTheVpcsGatewaysAndInterfacesAndTheLocalRouteIsFixed() {
        RoutesViewModel routes = new RoutesViewModel(doc, english(), MAIN_RTB);
        assertTrue(routes.targetChoices().stream().anyMatch(t -> t.kind() == RouteTargetKind.INTERNET_GATEWAY && t.id().equals(IGW)));
        assertTrue(routes.targetChoices().stream().anyMatch(t -> t.kind() == RouteTargetKind.NETWORK_INTERFACE && t.id().equals(WEB_ENI)));
        RouteTarget igw = routes.targetChoices().stream().filter(t -> t.id().equals(IGW)).findFirst().orElseThrow();
        RouteTarget eni = routes.targetChoices().stream().filter(t -> t.id().equals(WEB_ENI)).findFirst().orElseThrow();
        assertTrue(routes.add("0.0.0.0/0", igw));
        assertEquals("active", routes.getRows().get(1).state());
        assertTrue(routes.editTarget(1, eni));
        assertEquals(WEB_ENI, doc.getDiagram().model().routeTable(MAIN_RTB).routes().get(1).targetId());
        assertFalse(routes.add("0.0.0.0/0", igw), "one route per destination");
        assertFalse(routes.remove(0));
        assertTrue(routes.getError().contains("local route"));
        assertTrue(routes.editDestination(1, "192.0.2.0/24"));
        assertEquals(1, routes.rowOf(RuleRef.route(MAIN_RTB, 1)));
        assertEquals(-1, routes.rowOf(RuleRef.noMatchingRule(MAIN_RTB, null)));
    }

    @Test
    void aRouteToAMissingTargetShowsAsBlackhole() {
        RoutesViewModel routes = new RoutesViewModel(doc, english(), PUBLIC_RTB);
        doc.perform(new io.hopscope.edit.ReplaceRouteTargetEdit(PUBLIC_RTB, "0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, "nat-gone"));
        assertEquals("blackhole", routes.getRows().get(1).state());
    }

    @Test
    void aPeerGroupCanBeTypedByItsName() {
        SecurityGroupRulesViewModel sg = new SecurityGroupRulesViewModel(doc, english(), DB_SG, true);
        assertTrue(sg.add(RulePreset.POSTGRESQL));
        int row = sg.getRows().size() - 1;
        assertTrue(sg.edit(row, SecurityGroupRulesViewModel.Column.PEER, "web-sg"), sg.getError());
        assertEquals(WEB_SG, doc.getDiagram().model().securityGroup(DB_SG).inbound().get(row).peer().refId());
        assertFalse(sg.edit(row, SecurityGroupRulesViewModel.Column.PEER, "no-such-group"));
    }
}
