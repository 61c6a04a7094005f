package io.hopscope.edit.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.check.ModelValidator;
import io.hopscope.check.Problem;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.create.CreatePlan;
import io.hopscope.edit.create.DropTarget;
import io.hopscope.edit.create.NewResourceKind;
import io.hopscope.edit.create.NewResourcePlanner;
import io.hopscope.engine.Trace;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.io.format.DiagramReader;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.Protocol;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A VPN drawn from the palette on the shop sample, traced by the engine before and after propagation. */
class DrawnVpnTraceTest {

    private static final String VPC = "vpc-0a1b2c3d4e5f60001";
    private static final String PUBLIC_TABLE = "rtb-0a1b2c3d4e5f60007";

    private static Diagram drop(Diagram d, NewResourceKind kind, DropTarget at) {
        CreatePlan plan = NewResourcePlanner.plan(d.model(), kind, at);
        assertTrue(!plan.isRefused(), () -> plan.refusal());
        return plan.edit().apply(d);
    }

    private static Trace trace(Diagram d, String from, String to) {
        return new Tracer(d.model()).trace(TraceQuery.of(from, to, Protocol.TCP, 443));
    }

    @Test
    void anOfficeBehindAStaticVpnReachesWebOnlyOnceItsTablePropagatesTheGateway() {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
        d = drop(d, NewResourceKind.VPN_GATEWAY, new DropTarget(VPC, null, null, 620, 200));
        CreatePlan second = NewResourcePlanner.plan(d.model(), NewResourceKind.VPN_GATEWAY, new DropTarget(VPC, null, null, 700, 200));
        assertTrue(second.isRefused() && second.refusal().contains("one at most"), second.refusal());
        CreatePlan early = NewResourcePlanner.plan(d.model(), NewResourceKind.VPN_CONNECTION, new DropTarget(VPC, null, null, 700, 230));
        assertTrue(early.isRefused() && early.refusal().contains("customer gateway"), early.refusal());
        d = drop(d, NewResourceKind.CUSTOMER_GATEWAY, DropTarget.outside(560, 60));
        CustomerGateway cgw = d.model().customerGateways().get(0);
        assertEquals(List.of(Cidr.parse("192.168.0.0/24")), cgw.cidrs(), "the next free on-premises block");
        d = HybridEdits.customerGateway(d, cgw.id(), cgw.ipAddress(), cgw.bgpAsn(), List.of(Cidr.parse("192.168.50.0/24"))).apply(d);
        d = drop(d, NewResourceKind.VPN_CONNECTION, new DropTarget(VPC, null, null, 700, 230));
        VpnConnection vpn = d.model().vpnConnections().get(0);
        assertEquals(List.of(Cidr.parse("192.168.50.0/24")), vpn.staticRoutes());
        List<Problem> errors = ModelValidator.validate(d.model()).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors);

        Trace before = trace(d, cgw.id(), "web-1");
        assertEquals(Verdict.UNREACHABLE, before.verdict());
        assertEquals("10.0.1.10", before.query().destinationIp().toString(),
                "an on-premises source reaches the private address, not web-1's public one");
        assertNull(before.forward().blockedAt(), "the request arrives over the VPN");
        assertTrue(before.reply().blockedAt() != null, "the reply has no way back");

        String vgw = d.model().vpnGateways().get(0).id();
        Diagram after = RoutePropagation.toggle(d.model(), PUBLIC_TABLE, vgw, true).apply(d);
        Trace t = trace(after, cgw.id(), "web-1");
        assertEquals(Verdict.REACHABLE, t.verdict());
        assertTrue(t.reply().hops().stream().anyMatch(h -> h.componentId().equals(vpn.id())), "the reply leaves over the VPN");
    }

    @Test
    void aNewVpnOnAPropagatedGatewayAddsItsRouteToThoseTablesInTheSameStep() {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
        d = drop(d, NewResourceKind.VPN_GATEWAY, new DropTarget(VPC, null, null, 620, 200));
        String vgw = d.model().vpnGateways().get(0).id();
        d = RoutePropagation.toggle(d.model(), PUBLIC_TABLE, vgw, true).apply(d);
        d = drop(d, NewResourceKind.CUSTOMER_GATEWAY, DropTarget.outside(560, 60));
        d = drop(d, NewResourceKind.VPN_CONNECTION, new DropTarget(VPC, null, null, 700, 230));
        assertTrue(d.model().routeTable(PUBLIC_TABLE).routes().stream()
                .anyMatch(r -> r.propagated() && "192.168.0.0/24".equals(r.destinationText())));
    }

    @Test
    void aDirectConnectGatewayIsCreatedOutsideAndAssociatedInTheInspector() {
        Diagram d = DiagramReader.read(Path.of("diagrams/ec2-to-rds.json")).diagram();
        assertTrue(NewResourcePlanner.plan(d.model(), NewResourceKind.DIRECT_CONNECT_GATEWAY,
                new DropTarget(VPC, null, null, 300, 300)).isRefused(), "it is outside every VPC");
        d = drop(d, NewResourceKind.DIRECT_CONNECT_GATEWAY, DropTarget.outside(900, 60));
        d = drop(d, NewResourceKind.VPN_GATEWAY, new DropTarget(VPC, null, null, 620, 200));
        DirectConnectGateway dx = d.model().directConnectGateways().get(0);
        assertEquals(36, dx.id().length(), "a Direct Connect gateway's id is a UUID");
        String vgw = d.model().vpnGateways().get(0).id();
        d = HybridEdits.dxAssociation(d, dx.id(), vgw, List.of(Cidr.parse("10.0.0.0/16"))).apply(d);
        DirectConnectGateway.Association a = d.model().directConnectGateways().get(0).associations().get(0);
        assertEquals(vgw, a.gatewayId());
        assertEquals(DirectConnectGateway.Association.VGW, a.gatewayType());
        assertTrue(a.associated());
    }
}
