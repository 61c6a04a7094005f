package io.hopscope.edit;

import static io.hopscope.edit.Ec2ToRds.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.model.AclEntry;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.RuleAction;
import io.hopscope.model.SgPeer;
import io.hopscope.model.SgRule;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.PortRange;
import io.hopscope.model.net.Protocol;
import org.junit.jupiter.api.Test;

class RuleEditsTest {

    private final Diagram d = diagram();

    private static AclEntry tcp(int number, boolean egress, int port) {
        return new AclEntry(number, egress, Protocol.TCP, PortRange.single(port), null, Cidr.parse("10.0.0.0/16"), RuleAction.ALLOW);
    }

    @Test
    void replacingAnAclEntryKeepsItsDirectionAndMayRenumberIt() {
        AclEntry first = d.model().networkAcl(DB_ACL).inbound().get(0);
        Diagram after = new ReplaceAclEntryEdit(DB_ACL, first.ruleNumber(), tcp(150, false, 5432)).apply(d);
        assertTrue(after.model().networkAcl(DB_ACL).inbound().contains(tcp(150, false, 5432)));
        assertFalse(after.model().networkAcl(DB_ACL).inbound().contains(first));
        assertEquals(d.model().networkAcl(DB_ACL).outbound(), after.model().networkAcl(DB_ACL).outbound());
    }

    @Test
    void renumberingOntoATakenNumberIsRefused() {
        Diagram two = new AddAclEntryEdit(DB_ACL, tcp(300, false, 22)).apply(d);
        int first = two.model().networkAcl(DB_ACL).inbound().get(0).ruleNumber();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ReplaceAclEntryEdit(DB_ACL, first, tcp(300, false, 80)).apply(two));
        assertTrue(e.getMessage().contains("already has inbound rule 300"));
    }

    @Test
    void removingAnAclEntryTakesOnlyThatDirectionsNumber() {
        Diagram two = new AddAclEntryEdit(DB_ACL, tcp(301, true, 443)).apply(new AddAclEntryEdit(DB_ACL, tcp(301, false, 22)).apply(d));
        Diagram after = new RemoveAclEntryEdit(DB_ACL, false, 301).apply(two);
        assertTrue(after.model().networkAcl(DB_ACL).outbound().contains(tcp(301, true, 443)));
        assertFalse(after.model().networkAcl(DB_ACL).inbound().contains(tcp(301, false, 22)));
        assertThrows(IllegalStateException.class, () -> new RemoveAclEntryEdit(DB_ACL, false, 301).apply(after));
    }

    @Test
    void securityGroupRulesAreReplacedAndRemovedByPosition() {
        SgRule ssh = new SgRule(Protocol.TCP, PortRange.single(22), null, SgPeer.cidr(Cidr.parse("10.0.0.0/16")), "ssh");
        int n = d.model().securityGroup(DB_SG).inbound().size();
        Diagram added = new AddSecurityGroupRuleEdit(DB_SG, true, ssh).apply(d);
        SgRule https = new SgRule(Protocol.TCP, PortRange.single(443), null, SgPeer.group(WEB_SG), "");
        Diagram replaced = new ReplaceSecurityGroupRuleEdit(DB_SG, true, n, https).apply(added);
        assertEquals(https, replaced.model().securityGroup(DB_SG).inbound().get(n));
        Diagram removed = new RemoveSecurityGroupRuleEdit(DB_SG, true, n).apply(replaced);
        assertEquals(d.model().securityGroup(DB_SG).inbound(), removed.model().securityGroup(DB_SG).inbound());
        assertThrows(IllegalStateException.class, () -> new RemoveSecurityGroupRuleEdit(DB_SG, false, 99).apply(d));
    }

    @Test
    void replacingARouteRefusesADestinationTheTableAlreadyHas() {
        Route toIgw = Route.to(Cidr.parse("198.51.100.0/24"), RouteTargetKind.INTERNET_GATEWAY, IGW);
        Diagram after = new ReplaceRouteEdit(PUBLIC_RTB, "0.0.0.0/0", toIgw).apply(d);
        assertTrue(after.model().routeTable(PUBLIC_RTB).routes().contains(toIgw));
        Route onLocal = Route.to(Cidr.parse("10.0.0.0/16"), RouteTargetKind.INTERNET_GATEWAY, IGW);
        assertThrows(IllegalStateException.class, () -> new ReplaceRouteEdit(PUBLIC_RTB, "0.0.0.0/0", onLocal).apply(d));
    }
}
