package io.hopscope.engine.walk;

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
                .explained("The packet keeps being routed in a loop through subnet " + s.label() + ".");
    }

    static Hop noRouteTable(Subnet s, Packet p) {
        return Hop.at(ComponentKind.SUBNET, s.id(), s.name()).decided(Decision.DROP, p)
                .blocked("NO_ROUTE_TO_DESTINATION", "no-route")
                .explained("Subnet " + s.label() + " has no route table and its VPC no main table.");
    }

    static Hop missingTarget(Route route, Packet p) {
        return Hop.at(ComponentKind.of(route.targetKind()), route.targetId(), "").decided(Decision.DROP, p)
                .blocked("BAD_STATE_ROUTE", "blackhole")
                .explained("The route's target " + route.targetId() + " does not exist.");
    }

    /**
     * [rulebook 12] A component whose decision is not in the data: the walk ends here with UNKNOWN,
     * saying what is not modelled and what to check by hand; never a guess either way.
     */
    static Hop unknown(ComponentKind kind, String id, String name, Packet p, String what, String check) {
        return Hop.at(kind, id, name).direction(Direction.EGRESS).decided(Decision.UNKNOWN, p)
                .blocked("UNSUPPORTED_COMPONENT", "unsupported-component")
                .explained(what + " Hopscope does not model what it does with the packet, so the trace cannot say"
                        + " whether it arrives. Check by hand: " + check);
    }

    /** [SDC] a route to an interface whose source/destination check is on: it drops what is not addressed to it. */
    static Hop sourceDestCheck(NetworkInterface eni, Packet p) {
        return Hop.at(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name()).direction(Direction.INGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "source-dest-check")
                .explained("The route sends the packet to " + eni.label() + ", but its source/destination check is on:"
                        + " an instance must be the source or destination of any traffic it receives, so the packet"
                        + " for " + p.dst() + " is dropped. Turn the check off on an appliance that forwards.");
    }

    static Hop noInboundToLambda(NetworkInterface eni, Packet p) {
        return Hop.at(ComponentKind.NETWORK_INTERFACE, eni.id(), eni.name()).direction(Direction.INGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "no-inbound-to-lambda")
                .explained(eni.label() + " is a Lambda function's Hyperplane interface: a function is invoked through"
                        + " the Lambda API, never by a connection to its interface, so nothing answers here.");
    }

    static Hop noInternetGateway(Vpc vpc, Packet p) {
        return Hop.at(ComponentKind.VPC, vpc.id(), vpc.name()).direction(Direction.INGRESS).decided(Decision.DROP, p)
                .blocked("NO_ROUTE_TO_DESTINATION", "no-internet-gateway")
                .explained("VPC " + vpc.label()
                        + " has no internet gateway, so nothing on the internet can reach it.");
    }

    static Hop noInterface(Subnet t, Vpc vpc, Packet p) {
        String where = t != null ? "subnet " + t.label() : "VPC " + vpc.label();
        return Hop.at(t != null ? ComponentKind.SUBNET : ComponentKind.VPC, t != null ? t.id() : vpc.id(), t != null ? t.name() : vpc.name())
                .decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-interface")
                .explained("No network interface in " + where + " has the address " + p.dst() + ".");
    }

    /** Overlapping CIDRs: routing delivered the packet to another interface holding the same address. */
    static Hop otherInterface(NetworkInterface reached, NetworkInterface expected, String reachedVpc, String expectedVpc,
                              Packet p) {
        return Hop.at(ComponentKind.NETWORK_INTERFACE, reached.id(), reached.name()).direction(Direction.INGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "other-destination")
                .explained("The packet for " + p.dst() + " is delivered to " + reached.label() + " in " + reachedVpc
                        + ", not to " + expected.label() + " in " + expectedVpc
                        + ": both VPCs use the same addresses, and the routes lead to the other one.");
    }

    static Hop natRoutesToNat(NatGateway nat, Subnet natSubnet, Packet p) {
        return Hop.at(ComponentKind.NAT_GATEWAY, nat.id(), nat.name()).direction(Direction.EGRESS)
                .decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "routing-loop")
                .explained("Subnet " + natSubnet.label() + " of NAT gateway " + nat.label()
                        + " sends the translated packet back to a NAT gateway; a NAT gateway must sit in a public subnet whose"
                        + " route table sends 0.0.0.0/0 to an internet gateway.");
    }
}
