package io.hopscope.edit.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.create.CreatePlan;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.edit.create.NewResourcePlanner;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.TransitGatewayRouteTable.StaticRoute;
import io.hopscope.model.net.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A transit gateway from the palette, VPCs attached to it and its tables edited, each a plain, checked edit. */
class TransitEditsTest {

    private static Diagram drop(Diagram d, NewResourceKind kind, DropTarget target) {
        CreatePlan plan = NewResourcePlanner.plan(d.model(), kind, target);
        assertTrue(plan.refusal() == null, plan.refusal());
        return plan.edit().apply(d);
    }

    /** Two VPCs of one subnet each, and a gateway dropped between them. */
    private static Diagram twoVpcsAndAGateway() {
        Diagram d = drop(Diagram.EMPTY, NewResourceKind.VPC, DropTarget.outside(300, 200));
        d = drop(d, NewResourceKind.VPC, DropTarget.outside(1000, 200));
        for (int i = 0; i < 2; i++) {
            d = drop(d, NewResourceKind.SUBNET, new DropTarget(d.model().vpcs().get(i).id(), null, null, 200, 200));
        }
        return drop(d, NewResourceKind.TRANSIT_GATEWAY, DropTarget.outside(650, 500));
    }

    @Test
    void thePaletteMakesAGatewayWithItsDefaultTableOutsideEveryVpc() {
        Diagram d = twoVpcsAndAGateway();
        TransitGateway g = d.model().transitGateways().get(0);
        assertTrue(g.id().startsWith("tgw-0"), g.id());
        TransitGatewayRouteTable t = d.model().transitRouteTables().get(0);
        assertEquals(g.id(), t.transitGatewayId());
        assertEquals("default", t.name());
        assertEquals(d.layout().shape(g.id()).width(), io.hopscope.diagram.autolayout.BoxSizes.leafWidth(g), "the size auto-layout gives an imported gateway, not a 60x60 icon");
        assertEquals(d.layout().shape(g.id()).height(), io.hopscope.diagram.autolayout.BoxSizes.leafHeight(g));
        CreatePlan inside = NewResourcePlanner.plan(d.model(), NewResourceKind.TRANSIT_GATEWAY,
                new DropTarget(d.model().vpcs().get(0).id(), null, null, 300, 200));
        assertEquals("A transit gateway joins VPCs from outside them: drop it on empty canvas.", inside.refusal());
    }

    @Test
    void attachingBothVpcsAndAStaticRouteMakeOneRoutingTableOfThemAll() {
        Diagram d = twoVpcsAndAGateway();
        String tgw = d.model().transitGateways().get(0).id();
        String table = d.model().transitRouteTables().get(0).id();
        for (int i = 0; i < 2; i++) {
            String vpc = d.model().vpcs().get(i).id();
            d = new AttachVpcEdit("tgw-attach-0" + i, "att-" + i, tgw, vpc, List.of(d.model().subnetsOf(vpc).get(0).id()), table)
                    .apply(d);
        }
        TransitGatewayRouteTable t = d.model().transitRouteTables().get(0);
        assertEquals(List.of("tgw-attach-00", "tgw-attach-01"), t.propagations());
        assertTrue(d.model().transitAttachments().stream().allMatch(a -> table.equals(a.routeTableId())));
        d = new AddStaticRouteEdit(table, new StaticRoute(Cidr.parse("192.168.0.0/16"), null, true)).apply(d);
        assertTrue(d.model().transitRouteTables().get(0).staticRoutes().get(0).blackhole());
        Diagram twice = d;
        assertThrows(IllegalArgumentException.class, () -> new AddStaticRouteEdit(table,
                new StaticRoute(Cidr.parse("192.168.0.0/16"), "tgw-attach-00", false)).apply(twice));
        d = new RemoveStaticRouteEdit(table, Cidr.parse("192.168.0.0/16")).apply(d);
        assertTrue(d.model().transitRouteTables().get(0).staticRoutes().isEmpty());
    }

    @Test
    void aSecondSubnetInOneZoneOrAForeignSubnetIsRefused() {
        Diagram d = twoVpcsAndAGateway();
        String tgw = d.model().transitGateways().get(0).id();
        String vpc = d.model().vpcs().get(0).id();
        Diagram withTwo = drop(d, NewResourceKind.SUBNET, new DropTarget(vpc, null, null, 420, 200));
        List<String> both = withTwo.model().subnetsOf(vpc).stream().map(s -> s.id()).toList();
        IllegalArgumentException sameZone = assertThrows(IllegalArgumentException.class,
                () -> new AttachVpcEdit("tgw-attach-01", "", tgw, vpc, both, null).apply(withTwo));
        assertTrue(sameZone.getMessage().startsWith("Only one subnet per Availability Zone"), sameZone.getMessage());
        String other = d.model().subnetsOf(d.model().vpcs().get(1).id()).get(0).id();
        assertThrows(IllegalArgumentException.class, () -> new AttachVpcEdit("tgw-attach-01", "", tgw, vpc, List.of(other), null).apply(d));
    }

    @Test
    void aPeeringAttachmentCannotPropagateAndTablesOfAnotherGatewayAreRefused() {
        Diagram d = twoVpcsAndAGateway();
        String tgw = d.model().transitGateways().get(0).id();
        String table = d.model().transitRouteTables().get(0).id();
        d = d.withModel(d.model().with(new TransitGatewayAttachment("tgw-attach-0p", "", tgw,
                TransitGatewayAttachment.Type.PEERING, "tgw-0other", "available", null, List.of(), null, "")));
        Diagram peered = d;
        assertThrows(IllegalArgumentException.class, () -> new SetPropagationEdit(table, "tgw-attach-0p", true).apply(peered));
        Diagram other = new AddTransitRouteTableEdit("tgw-rtb-0other", "", tgw).apply(d);
        assertEquals(2, other.model().transitRouteTables().size());
        Diagram withForeign = other.withModel(other.model().with(new TransitGatewayRouteTable("tgw-rtb-0foreign", "", "tgw-0other",
                List.of(), List.of())));
        assertThrows(IllegalArgumentException.class, () -> new SetAssociationEdit("tgw-attach-0p", "tgw-rtb-0foreign").apply(withForeign));
    }
}
