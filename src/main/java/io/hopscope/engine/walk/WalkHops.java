package io.hopscope.engine.walk;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;

import java.util.List;

/** The hops the path walker makes itself, where no component evaluator decides. */
final class WalkHops {
    private WalkHops() {
    }

    static Hop routingLoop(Subnet s, Packet p) {
        return Hop.at(ComponentKind.SUBNET, s.id(), s.name()).decided(Decision.DROP, p)
                .blocked("CANNOT_ROUTE", "routing-loop")
                .explained(Text.of("walk.routingLoop", s.label()));
    }

    static Hop noRouteTable(Subnet s, Packet p) {
        return Hop.at(ComponentKind.SUBNET, s.id(), s.name()).decided(Decision.DROP, p)
                .blocked("NO_ROUTE_TO_DESTINATION", "no-route")
                .explained(Text.of("walk.noRouteTable", s.label()));
    }

    static Hop missingTarget(Route route, Packet p) {
        return Hop.at(ComponentKind.of(route.targetKind()), route.targetId(), "").decided(Decision.DROP, p)
                .blocked("BAD_STATE_ROUTE", "blackhole")
                .explained(Text.of("walk.missingTarget", route.targetId()));
    }

    /**
     * [rulebook 12] A component whose decision is not in the data: the walk ends here with UNKNOWN,
     * saying what is not modelled and what to check by hand; never a guess either way.
     */
    static Hop unknown(ComponentKind kind, String id, String name, Packet p, Text what, Text check) {
        return Hop.at(kind, id, name).direction(Direction.EGRESS).decided(Decision.UNKNOWN, p)
                .blocked("UNSUPPORTED_COMPONENT", "unsupported-component")
                .explained(Text.of("walk.unknown", what, check));
    }

    /** [SDC] a route to an interface whose source/destination check is on: it drops what is not addressed to it. */
    static Hop sourceDestCheck(NetworkInterface eni, Packet p) {
        return Hop.at(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name()).direction(Direction.INGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "source-dest-check")
                .explained(Text.of("walk.sourceDestCheck", eni.label(), p.dst()));
    }

    static Hop noInboundToLambda(NetworkInterface eni, Packet p) {
        return Hop.at(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name()).direction(Direction.INGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "no-inbound-to-lambda")
                .explained(Text.of("walk.lambdaInbound", eni.label()));
    }

    static Hop noInternetGateway(Vpc vpc, Packet p) {
        return Hop.at(ComponentKind.VPC, vpc.id(), vpc.name()).direction(Direction.INGRESS).decided(Decision.DROP, p)
                .blocked("NO_ROUTE_TO_DESTINATION", "no-internet-gateway")
                .explained(Text.of("walk.noInternetGateway", vpc.label()));
    }

    static Hop noInterface(Subnet t, Vpc vpc, Packet p) {
        Text where = Text.of(t != null ? "walk.where.subnet" : "walk.where.vpc", t != null ? t.label() : vpc.label());
        return Hop.at(t != null ? ComponentKind.SUBNET : ComponentKind.VPC, t != null ? t.id() : vpc.id(), t != null ? t.name() : vpc.name())
                .decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-interface")
                .explained(Text.of("walk.noInterface", where, p.dst()));
    }

    /** Overlapping CIDRs: routing delivered the packet to another interface holding the same address. */
    static Hop otherInterface(NetworkInterface reached, NetworkInterface expected, String reachedVpc, String expectedVpc,
                              Packet p) {
        return Hop.at(ComponentKind.NETWORK_INTERFACE, reached.id(), reached.name()).direction(Direction.INGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "other-destination")
                .explained(Text.of("walk.otherInterface", p.dst(), reached.label(), reachedVpc, expected.label(), expectedVpc));
    }

    static Hop natRoutesToNat(NatGateway nat, Subnet natSubnet, Packet p) {
        return Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(Direction.EGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "routing-loop")
                .explained(Text.of("walk.natToNat", natSubnet.label(), nat.label()));
    }
}
