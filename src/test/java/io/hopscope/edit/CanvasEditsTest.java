package io.hopscope.edit;

import io.hopscope.edit.fresh.FreeAddresses;
import io.hopscope.edit.fresh.FreshIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.diagram.Shape;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.net.IpAddress;
import io.hopscope.ui.UiTestDiagrams;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CanvasEditsTest {

    private final Diagram twoTier = UiTestDiagrams.twoTier();

    @Test
    void multiSelectionMoveIsOneEditNamedForWhatWasPicked() {
        Shape vpc = twoTier.layout().shape(UiTestDiagrams.APP_VPC);
        Shape web = twoTier.layout().shape(UiTestDiagrams.WEB);
        Shape note = new Shape("i-extra", 2000, 0, 10, 10);
        MoveShapesEdit move = MoveShapesEdit.of(3, List.of(vpc, web, note), 40, -20);
        Diagram moved = move.apply(twoTier);
        assertEquals("Move 3 shapes", move.description());
        assertEquals(vpc.x() + 40, moved.layout().shape(UiTestDiagrams.APP_VPC).x());
        assertEquals(web.y() - 20, moved.layout().shape(UiTestDiagrams.WEB).y());
        assertEquals(twoTier.model(), moved.model());
    }

    @Test
    void moveFromAFallbackBoxPinsTheShapeWhereItWasDropped() {
        Shape drawnAt = new Shape(UiTestDiagrams.LAMBDA, 700, 150, 196, 64);
        Diagram moved = MoveShapesEdit.of(1, List.of(drawnAt), 20, 20).apply(twoTier);
        assertEquals(new Shape(UiTestDiagrams.LAMBDA, 720, 170, 196, 64), moved.layout().shape(UiTestDiagrams.LAMBDA));
    }

    @Test
    void resizeReplacesTheBox() {
        Shape bigger = new Shape(UiTestDiagrams.APP_VPC, 0, 0, 1200, 600);
        ResizeShapeEdit edit = new ResizeShapeEdit(bigger);
        assertEquals(bigger, edit.apply(twoTier).layout().shape(UiTestDiagrams.APP_VPC));
        assertEquals("Resize vpc-0app", edit.description());
    }

    @Test
    void rehomedWorkloadGetsTheSubnetAndAFreeAddressThere() {
        Diagram after = new RehomeWorkloadEdit(UiTestDiagrams.WEB, UiTestDiagrams.PRIVATE_SUBNET).apply(twoTier);
        NetworkInterface eni = after.model().networkInterface("eni-0web");
        assertEquals(UiTestDiagrams.PRIVATE_SUBNET, eni.subnetId());
        // .0-.3 are reserved by AWS; .4 is the first host address nobody holds.
        assertEquals(IpAddress.parse("10.0.2.4"), eni.primaryIp());
        assertEquals(List.of(UiTestDiagrams.SG_WEB), eni.securityGroupIds());
    }

    @Test
    void rehomingIntoAnotherVpcDropsGroupsOfTheOldVpc() {
        Diagram after = new RehomeWorkloadEdit(UiTestDiagrams.WEB, UiTestDiagrams.SHARED_SUBNET).apply(twoTier);
        NetworkInterface eni = after.model().networkInterface("eni-0web");
        assertEquals(UiTestDiagrams.SHARED_SUBNET, eni.subnetId());
        assertTrue(eni.securityGroupIds().isEmpty());
        assertTrue(after.model().subnet(UiTestDiagrams.SHARED_SUBNET).contains(eni.primaryIp()));
    }

    @Test
    void freeAddressSkipsReservedAndUsedAddresses() {
        NetworkModel m = twoTier.model();
        // 10.0.1.5 is the NAT's, 10.0.1.10 the web server's; .4 is free.
        assertEquals(IpAddress.parse("10.0.1.4"), FreeAddresses.freeIp(m, m.subnet(UiTestDiagrams.PUBLIC_SUBNET)).orElseThrow());
        assertEquals(IpAddress.parse("10.0.1.6"), FreeAddresses.freeIp(m, m.subnet(UiTestDiagrams.PUBLIC_SUBNET),
                Set.of(IpAddress.parse("10.0.1.4"))).orElseThrow());
    }

    @Test
    void nextSubnetCidrIsTheFirstUnused24OfTheVpc() {
        NetworkModel m = twoTier.model();
        assertEquals("10.0.0.0/24", FreeAddresses.nextSubnetCidr(m, m.vpc(UiTestDiagrams.APP_VPC)).orElseThrow().toString());
    }

    @Test
    void nextVpcCidrOverlapsNoVpc() {
        assertEquals("10.2.0.0/16", FreeAddresses.nextVpcCidr(twoTier.model()).orElseThrow().toString());
    }

    @Test
    void deletingAVpcTakesItsSubnetsWorkloadsGatewaysAndPeering() {
        Set<String> gone = DeleteResourcesEdit.closure(twoTier.model(), Set.of(UiTestDiagrams.APP_VPC));
        assertTrue(gone.containsAll(Set.of(UiTestDiagrams.PUBLIC_SUBNET, UiTestDiagrams.PRIVATE_SUBNET, UiTestDiagrams.WEB,
                UiTestDiagrams.DB, UiTestDiagrams.LAMBDA, UiTestDiagrams.NAT, UiTestDiagrams.IGW, UiTestDiagrams.PEERING,
                "eni-0web", "rtb-0public", UiTestDiagrams.SG_WEB)));
        assertFalse(gone.contains(UiTestDiagrams.SHARED_VPC));
        Diagram after = new DeleteResourcesEdit(Set.of(UiTestDiagrams.APP_VPC)).apply(twoTier);
        assertTrue(after.model().find(UiTestDiagrams.WEB).isEmpty());
        assertNull(after.layout().shape(UiTestDiagrams.PUBLIC_SUBNET));
        assertTrue(after.model().find(UiTestDiagrams.SHARED_SUBNET).isPresent());
    }

    @Test
    void deletingAGatewayRemovesRoutesThatPointedAtIt() {
        Diagram after = new DeleteResourcesEdit(Set.of(UiTestDiagrams.IGW)).apply(twoTier);
        assertEquals(1, after.model().routeTable("rtb-0public").routes().size());
        assertEquals("Delete igw-0a", new DeleteResourcesEdit(Set.of(UiTestDiagrams.IGW)).description());
    }

    @Test
    void deletingAGroupDetachesItFromInterfaces() {
        Diagram after = new DeleteResourcesEdit(Set.of(UiTestDiagrams.SG_DB)).apply(twoTier);
        assertTrue(after.model().networkInterface("eni-0db").securityGroupIds().isEmpty());
    }

    @Test
    void deletingASubnetDetachesItFromItsRouteTable() {
        Diagram after = new DeleteResourcesEdit(Set.of(UiTestDiagrams.PUBLIC_SUBNET)).apply(twoTier);
        assertTrue(after.model().routeTable("rtb-0public").subnetIds().isEmpty());
        assertTrue(after.model().find(UiTestDiagrams.WEB).isEmpty());
        assertTrue(after.model().find(UiTestDiagrams.DB).isPresent());
    }

    @Test
    void attachingAGroupAddsItToEveryInterfaceOnce() {
        Diagram after = new AttachSecurityGroupEdit(UiTestDiagrams.SG_DB, UiTestDiagrams.WEB).apply(twoTier);
        assertEquals(List.of(UiTestDiagrams.SG_WEB, UiTestDiagrams.SG_DB),
                after.model().networkInterface("eni-0web").securityGroupIds());
        assertThrows(IllegalStateException.class,
                () -> new AttachSecurityGroupEdit(UiTestDiagrams.SG_DB, UiTestDiagrams.WEB).apply(after));
    }

    @Test
    void associatingARouteTableMovesTheSubnetAwayFromItsOldTable() {
        Diagram after = new AssociateSubnetEdit(UiTestDiagrams.PUBLIC_SUBNET, "rtb-0main").apply(twoTier);
        assertTrue(after.model().routeTable("rtb-0public").subnetIds().isEmpty());
        assertEquals(List.of(UiTestDiagrams.PUBLIC_SUBNET), after.model().routeTable("rtb-0main").subnetIds());
        assertEquals("rtb-0main", after.model().routeTableOf(UiTestDiagrams.PUBLIC_SUBNET).id());
    }

    @Test
    void freshIdsLookLikeAwsIdsAndAreNotTaken() {
        String id = FreshIds.next(twoTier.model(), "subnet-", Set.of());
        assertTrue(id.matches("subnet-[0-9a-f]{17}"), id);
    }
}
