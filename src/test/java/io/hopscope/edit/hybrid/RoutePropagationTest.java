package io.hopscope.edit.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hopscope.diagram.Diagram;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.engine.Verdict;
import io.hopscope.engine.TraceQuery;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.engine.walk.Tracer;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.samples.SampleDiagrams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Route propagation toggles and VPN prefix changes, checked against the engine on the hybrid-vpn sample. */
class RoutePropagationTest {

    private final Diagram sample = SampleDiagrams.hybridVpn();
    private final String vgw = id("plant-vgw");
    private final String opsRoutes = id("ops-routes");
    private final String appRoutes = id("app-routes");

    private String id(String name) {
        return sample.model().allResources().stream().filter(r -> r.name().equals(name)).map(Resource::id)
                .findFirst().orElseThrow();
    }

    private static Verdict trace(Diagram d, String from, String to, int port) {
        return new Tracer(d.model()).trace(TraceQuery.of(from, to, Protocol.TCP, port)).verdict();
    }

    private static List<String> propagated(Diagram d, String table) {
        return d.model().routeTable(table).routes().stream().filter(Route::propagated)
                .map(r -> r.destination().toString()).toList();
    }

    @Test
    void turningPropagationOnInTheTrapTableLetsTheDataCentreReachOpsAndUndoBreaksItAgain() {
        assertEquals(Verdict.UNREACHABLE, trace(sample, "busan-dc", "ops-1", 22));
        Edit on = RoutePropagation.toggle(sample.model(), opsRoutes, vgw, true);
        assertInstanceOf(CompositeEdit.class, on, "one undo step");
        Diagram after = on.apply(sample);
        assertEquals(List.of(vgw), after.model().routeTable(opsRoutes).propagatingVgwIds());
        assertEquals(List.of("172.16.0.0/16", "10.200.0.0/16"), propagated(after, opsRoutes));
        assertEquals(Verdict.REACHABLE, trace(after, "busan-dc", "ops-1", 22));
        assertEquals(Verdict.REACHABLE, trace(after, "ops-1", "busan-dc", 443));
        // Undo restores the diagram the edit was applied to: the trap is back.
        assertEquals(Verdict.UNREACHABLE, trace(sample, "busan-dc", "ops-1", 22));
    }

    @Test
    void aStaticRouteKeepsPriorityOverThePropagatedRouteForTheSamePrefix() {
        Diagram after = RoutePropagation.toggle(sample.model(), opsRoutes, vgw, true).apply(sample);
        RouteTable ops = after.model().routeTable(opsRoutes);
        long office = ops.routes().stream().filter(r -> "172.16.0.0/16".equals(r.destinationText())).count();
        assertEquals(2, office, "AWS lists the static route and the propagated one side by side");
        Route chosen = new RouteIndex(ops, Map.of()).lookup(IpAddress.parse("172.16.0.1")).route();
        assertFalse(chosen.propagated(), "the static route wins at an equal prefix [RTP]");
        assertEquals(Verdict.REACHABLE, trace(after, "seoul-office", "ops-1", 22));
    }

    @Test
    void turningPropagationOffWithdrawsEveryRouteTheGatewayPropagated() {
        assertEquals(Verdict.REACHABLE, trace(sample, "busan-dc", "app-1", 443));
        Diagram after = RoutePropagation.toggle(sample.model(), appRoutes, vgw, false).apply(sample);
        assertEquals(List.of(), propagated(after, appRoutes));
        assertEquals(List.of(), after.model().routeTable(appRoutes).propagatingVgwIds());
        assertEquals(Verdict.UNREACHABLE, trace(after, "busan-dc", "app-1", 443));
        assertEquals(Verdict.UNREACHABLE, trace(after, "seoul-office", "app-1", 22));
    }

    @Test
    void aNewStaticRouteOnAVpnReachesEveryPropagatingTableAndRemovingItTakesItAway() {
        String vpn = id("seoul-static");
        List<Cidr> two = List.of(Cidr.parse("172.16.0.0/16"), Cidr.parse("172.17.0.0/16"));
        Diagram added = HybridEdits.vpnRoutes(sample, vpn, two).apply(sample);
        assertEquals(List.of("172.16.0.0/16", "10.200.0.0/16", "172.17.0.0/16"), propagated(added, appRoutes));
        assertEquals(List.of(), propagated(added, opsRoutes), "ops-routes does not propagate");
        Diagram removed = HybridEdits.vpnRoutes(added, vpn, List.of(Cidr.parse("172.17.0.0/16"))).apply(added);
        assertEquals(List.of("10.200.0.0/16", "172.17.0.0/16"), propagated(removed, appRoutes));
        assertEquals(Verdict.UNREACHABLE, trace(removed, "seoul-office", "app-1", 22),
                "neither the VGW nor app-routes knows the office any more");
    }

    @Test
    void aVpnThatIsNoLongerAvailableWithdrawsItsPrefixes() {
        Diagram pending = HybridEdits.vpnState(sample, id("busan-bgp"), "pending").apply(sample);
        assertEquals(List.of("172.16.0.0/16"), propagated(pending, appRoutes));
        assertEquals(Verdict.UNREACHABLE, trace(pending, "busan-dc", "app-1", 443));
    }

    @Test
    void aBgpPrefixEnteredOnTheCustomerGatewayIsPropagated() {
        String busan = id("busan-router");
        var cgw = sample.model().get(busan, io.hopscope.model.CustomerGateway.class);
        Diagram wider = HybridEdits.customerGateway(sample, busan, cgw.ipAddress(), cgw.bgpAsn(),
                List.of(Cidr.parse("10.200.0.0/16"), Cidr.parse("10.201.0.0/16"))).apply(sample);
        assertEquals(List.of("172.16.0.0/16", "10.200.0.0/16", "10.201.0.0/16"), propagated(wider, appRoutes));
        var t = new Tracer(wider.model()).trace(TraceQuery.of("app-1", "10.201.0.9", Protocol.TCP, 443));
        assertEquals(null, t.forward().blockedAt(), t.forward().hops().toString());
        assertTrue(t.forward().hops().stream().anyMatch(h -> h.componentId().equals(id("busan-bgp"))),
                "the VGW sends it over the BGP VPN");
        var before = new Tracer(sample.model()).trace(TraceQuery.of("app-1", "10.201.0.9", Protocol.TCP, 443));
        assertEquals(appRoutes, before.forward().blockedAt(), "without the prefix app-routes has no route");
    }

    @Test
    void aPrefixInsideTheVpcIsNeverPropagatedOverTheLocalRoute() {
        Diagram d = HybridEdits.vpnRoutes(sample, id("seoul-static"),
                List.of(Cidr.parse("172.16.0.0/16"), Cidr.parse("10.40.9.0/24"))).apply(sample);
        assertFalse(propagated(d, appRoutes).contains("10.40.9.0/24"));
    }

    @Test
    void onlyAGatewayAttachedToTheTablesVpcCanBePropagated() {
        Diagram detached = HybridEdits.attachVgw(sample, vgw, null).apply(sample);
        assertEquals(List.of(), propagated(detached, appRoutes), "detaching stops propagation with its routes");
        assertThrows(IllegalArgumentException.class, () -> RoutePropagation.toggle(detached.model(), opsRoutes, vgw, true));
    }

    @Test
    void aSecondGatewayInOneVpcIsRefused() {
        NetworkModel m = sample.model().with(new io.hopscope.model.VpnGateway("vgw-0000000000000aaaa", "spare", null));
        Diagram d = sample.withModel(m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HybridEdits.attachVgw(d, "vgw-0000000000000aaaa", id("plant-link")));
        assertTrue(e.getMessage().contains("one at most"), e.getMessage());
    }
}
