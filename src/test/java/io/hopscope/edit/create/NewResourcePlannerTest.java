package io.hopscope.edit.create;

import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.DeleteResourcesEdit;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Workload;
import io.hopscope.ui.UiTestDiagrams;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewResourcePlannerTest {

    private final Diagram twoTier = UiTestDiagrams.twoTier();

    private Diagram drop(Diagram d, NewResourceKind kind, DropTarget target) {
        CreatePlan plan = NewResourcePlanner.plan(d.model(), kind, target);
        assertFalse(plan.isRefused(), () -> plan.refusal());
        return plan.edit().apply(d);
    }

    private static List<Problem> errors(Diagram d) {
        return ModelValidator.validate(d.model()).stream().filter(Problem::isError).toList();
    }

    @Test
    void aNetworkDrawnFromEmptyCanvasIsValid() {
        Diagram d = drop(Diagram.EMPTY, NewResourceKind.VPC, DropTarget.outside(300, 200));
        String vpc = d.model().vpcs().get(0).id();
        assertEquals("10.0.0.0/16", d.model().vpc(vpc).ipv4Cidrs().get(0).toString());
        d = drop(d, NewResourceKind.SUBNET, new DropTarget(vpc, null, null, 200, 200));
        String subnet = d.model().subnets().get(0).id();
        assertEquals("10.0.0.0/24", d.model().subnet(subnet).cidr().toString());
        d = drop(d, NewResourceKind.SUBNET, new DropTarget(vpc, null, null, 400, 200));
        assertEquals("10.0.1.0/24", d.model().subnets().get(1).cidr().toString());
        d = drop(d, NewResourceKind.EC2, new DropTarget(vpc, subnet, null, 200, 200));
        d = drop(d, NewResourceKind.RDS, new DropTarget(vpc, subnet, null, 200, 260));
        d = drop(d, NewResourceKind.INTERNET_GATEWAY, new DropTarget(vpc, null, null, 300, 100));
        d = drop(d, NewResourceKind.NAT_GATEWAY, new DropTarget(vpc, subnet, null, 250, 250));
        d = drop(d, NewResourceKind.INTERNET, DropTarget.outside(900, 100));
        assertEquals(2, d.model().workloads().size());
        List<String> ips = d.model().networkInterfaces().stream().map(e -> e.primaryIp().toString()).toList();
        assertEquals(List.of("10.0.0.4", "10.0.0.5"), ips);
        assertEquals("10.0.0.6", d.model().natGateways().get(0).privateIp().toString());
        List<Problem> errors = errors(d);
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void newWorkloadGetsAFreeAddressAndTheDefaultGroupOfItsVpc() {
        Diagram d = drop(Diagram.EMPTY, NewResourceKind.VPC, DropTarget.outside(0, 0));
        String vpc = d.model().vpcs().get(0).id();
        d = drop(d, NewResourceKind.SUBNET, new DropTarget(vpc, null, null, 0, 0));
        String subnet = d.model().subnets().get(0).id();
        CreatePlan plan = NewResourcePlanner.plan(d.model(), NewResourceKind.LAMBDA, new DropTarget(vpc, subnet, null, 105, 47));
        Diagram after = plan.edit().apply(d);
        Workload w = after.model().workload(plan.newId());
        NetworkInterface eni = after.model().networkInterface(w.networkInterfaceIds().get(0));
        assertEquals(subnet, eni.subnetId());
        assertEquals("default", after.model().securityGroup(eni.securityGroupIds().get(0)).name());
        // Centred on the drop point and snapped to the 20 px grid.
        assertEquals(0, after.layout().shape(plan.newId()).x() % 20);
        assertEquals("Add lambda function", plan.edit().description());
    }

    @Test
    void subnetOutsideAnyVpcIsRefusedWithAReason() {
        CreatePlan plan = NewResourcePlanner.plan(twoTier.model(), NewResourceKind.SUBNET, DropTarget.outside(5, 5));
        assertTrue(plan.isRefused());
        assertTrue(plan.refusal().contains("VPC"), plan.refusal());
    }

    @Test
    void databaseOntoTheInternetOrOutsideASubnetIsRefused() {
        assertTrue(NewResourcePlanner.plan(twoTier.model(), NewResourceKind.RDS, DropTarget.outside(5, 5)).isRefused());
        CreatePlan inVpc = NewResourcePlanner.plan(twoTier.model(), NewResourceKind.RDS,
                new DropTarget(UiTestDiagrams.APP_VPC, null, null, 5, 5));
        assertTrue(inVpc.refusal().contains("subnet"), inVpc.refusal());
    }

    @Test
    void newInternetGatewayKeepsTheBoxWhereItWasDropped() {
        Diagram d = new DeleteResourcesEdit(java.util.Set.of(UiTestDiagrams.IGW)).apply(twoTier);
        CreatePlan plan = NewResourcePlanner.plan(d.model(), NewResourceKind.INTERNET_GATEWAY,
                new DropTarget(UiTestDiagrams.APP_VPC, null, null, 300, 200));
        Diagram after = plan.edit().apply(d);
        assertEquals(UiTestDiagrams.APP_VPC, after.model().internetGateway(plan.newId()).vpcId());
        assertEquals(new io.hopscope.diagram.Shape(plan.newId(), 276, 176, 48, 48), after.layout().shape(plan.newId()),
                "centred on the drop point, which the canvas put on the border");
    }

    @Test
    void secondInternetGatewayForAVpcIsRefused() {
        CreatePlan plan = NewResourcePlanner.plan(twoTier.model(), NewResourceKind.INTERNET_GATEWAY,
                new DropTarget(UiTestDiagrams.APP_VPC, null, null, 5, 5));
        assertTrue(plan.isRefused());
    }

    @Test
    void securityGroupDroppedOnAWorkloadIsCreatedAndAttachedInOneStep() {
        CreatePlan plan = NewResourcePlanner.plan(twoTier.model(), NewResourceKind.SECURITY_GROUP,
                new DropTarget(UiTestDiagrams.APP_VPC, UiTestDiagrams.PUBLIC_SUBNET, UiTestDiagrams.WEB, 5, 5));
        Diagram after = plan.edit().apply(twoTier);
        assertTrue(after.model().networkInterface("eni-0web").securityGroupIds().contains(plan.newId()));
        assertNotNull(after.model().securityGroup(plan.newId()));
        assertTrue(plan.edit() instanceof CompositeEdit);
    }

    @Test
    void networkAclDroppedOnASubnetIsAssociatedWithIt() {
        CreatePlan plan = NewResourcePlanner.plan(twoTier.model(), NewResourceKind.NETWORK_ACL,
                new DropTarget(UiTestDiagrams.APP_VPC, UiTestDiagrams.PRIVATE_SUBNET, null, 5, 5));
        Diagram after = plan.edit().apply(twoTier);
        assertEquals(plan.newId(), after.model().networkAclOf(UiTestDiagrams.PRIVATE_SUBNET).id());
    }

    @Test
    void routeTableOnEmptyVpcSpaceIsCreatedUnattached() {
        CreatePlan plan = NewResourcePlanner.plan(twoTier.model(), NewResourceKind.ROUTE_TABLE,
                new DropTarget(UiTestDiagrams.APP_VPC, null, null, 5, 5));
        Diagram after = plan.edit().apply(twoTier);
        assertTrue(after.model().routeTable(plan.newId()).subnetIds().isEmpty());
        assertEquals(1, after.model().routeTable(plan.newId()).routes().size());
    }

    @Test
    void peeringLinksTheVpcToAnUnpeeredNonOverlappingVpc() {
        Diagram d = drop(twoTier, NewResourceKind.VPC, DropTarget.outside(3000, 0));
        CreatePlan plan = NewResourcePlanner.plan(d.model(), NewResourceKind.PEERING,
                new DropTarget(UiTestDiagrams.APP_VPC, null, null, 5, 5));
        Diagram after = plan.edit().apply(d);
        assertEquals("10.2.0.0/16", after.model().vpc(after.model().peeringConnection(plan.newId()).accepterVpcId())
                .ipv4Cidrs().get(0).toString());
    }
}
