package io.hopscope.engine.eval;

import io.hopscope.engine.Decision;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import io.hopscope.model.net.Protocol;
import io.hopscope.testing.engine.TestNet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RouteTableEvaluatorTest {

    private static Packet to(String dst) {
        return new Packet(Protocol.TCP, IpAddress.parse("10.0.1.10"), 40000, IpAddress.parse(dst), 443, null, null);
    }

    private static Hop route(NetworkModel m, String dst) {
        ModelIndex index = new ModelIndex(m);
        return new RouteTableEvaluator(index).evaluate(index.routeTableOfSubnet("subnet-a"), m.subnet("subnet-a"), to(dst)).hop();
    }

    private static TestNet net(String... routes) {
        return TestNet.create().vpc("vpc-1", "10.0.0.0/16").subnet("subnet-a", "vpc-1", "10.0.1.0/24")
                .igw("igw-1", "vpc-1").nat("nat-1", "subnet-a", "10.0.1.100", "198.51.100.50")
                .prefixList("pl-s3", "com.amazonaws.us-east-1.s3", "52.216.0.0/15")
                .gatewayEndpoint("vpce-s3", "vpc-1", "s3", "rtb-a")
                .routeTable("rtb-a", "vpc-1", true, List.of(), routes);
    }

    @Test
    void longestPrefixWinsNotRouteOrder() {
        NetworkModel m = net("0.0.0.0/0 -> igw-1", "10.0.0.0/16 -> local", "203.0.113.0/24 -> nat-1").build();
        assertEquals("203.0.113.0/24 -> nat-1", route(m, "203.0.113.9").rule());
        assertEquals("0.0.0.0/0 -> igw-1", route(m, "8.8.8.8").rule());
        assertEquals("10.0.0.0/16 -> local", route(m, "10.0.2.2").rule());
    }

    @Test
    void prefixListRouteIsMatchedByItsCidrs() {
        NetworkModel m = net("10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1", "pl-s3 -> vpce-s3").build();
        assertEquals("pl-s3 -> vpce-s3", route(m, "52.217.1.1").rule());
        assertEquals("0.0.0.0/0 -> nat-1", route(m, "52.218.1.1").rule());
    }

    @Test
    void staticBeatsPrefixListBeatsPropagatedOnEqualPrefix() {
        Route propagated = new Route(Cidr.parse("52.216.0.0/15"), null, RouteTargetKind.VPN_GATEWAY, "vgw-1", false, true);
        Route pl = Route.toPrefixList("pl-s3", RouteTargetKind.GATEWAY_ENDPOINT, "vpce-s3");
        Route stat = Route.to(Cidr.parse("52.216.0.0/15"), RouteTargetKind.NAT_GATEWAY, "nat-1");
        NetworkModel base = net().build();
        RouteTable t = base.routeTable("rtb-a");
        assertEquals("52.216.0.0/15 -> nat-1", route(base.with(t.withRoutes(List.of(propagated, pl, stat))), "52.216.1.1").rule());
        assertEquals("pl-s3 -> vpce-s3", route(base.with(t.withRoutes(List.of(propagated, pl))), "52.216.1.1").rule());
    }

    @Test
    void noMatchingRouteDrops() {
        Hop h = route(net("10.0.0.0/16 -> local").build(), "203.0.113.9");
        assertEquals(Decision.DROP, h.decision());
        assertEquals("no-route", h.reason());
        assertEquals("NO_ROUTE_TO_DESTINATION", h.code());
        assertNull(h.rule());
    }

    @Test
    void routeToUnavailableNatIsABlackhole() {
        NetworkModel m = net("10.0.0.0/16 -> local", "0.0.0.0/0 -> nat-1")
                .nat("nat-1", "subnet-a", "10.0.1.100", "198.51.100.50", "deleted").build();
        Hop h = route(m, "8.8.8.8");
        assertEquals("blackhole", h.reason());
        assertEquals("BAD_STATE_ROUTE", h.code());
    }
}
