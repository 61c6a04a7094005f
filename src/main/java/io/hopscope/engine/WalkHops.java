package io.hopscope.engine;

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
        return new Hop(s.id(), "subnet", s.name(), null, Decision.DROP, null, p, "CANNOT_ROUTE", "routing-loop",
                List.of(), "The packet keeps being routed in a loop through subnet " + s.label() + ".");
    }

    static Hop noRouteTable(Subnet s, Packet p) {
        return new Hop(s.id(), "subnet", s.name(), null, Decision.DROP, null, p, "NO_ROUTE_TO_DESTINATION", "no-route",
                List.of(), "Subnet " + s.label() + " has no route table and its VPC no main table.");
    }

    static Hop missingTarget(Route route, Packet p) {
        return new Hop(route.targetId(), route.targetKind().wireName(), "", null, Decision.DROP, null, p,
                "BAD_STATE_ROUTE", "blackhole", List.of(), "The route's target " + route.targetId() + " does not exist.");
    }

    /**
     * [rulebook 12] A component whose decision is not in the data: the walk ends here with UNKNOWN,
     * saying what is not modelled and what to check by hand; never a guess either way.
     */
    static Hop unknown(String id, String type, String name, Packet p, String what, String check) {
        return new Hop(id, type, name, "egress", Decision.UNKNOWN, null, p, "UNSUPPORTED_COMPONENT",
                "unsupported-component", List.of(), what + " Hopscope does not model what it does with the packet, so"
                + " the trace cannot say whether it arrives. Check by hand: " + check);
    }

    /** [SDC] a route to an interface whose source/destination check is on: it drops what is not addressed to it. */
    static Hop sourceDestCheck(NetworkInterface eni, Packet p) {
        return new Hop(eni.id(), "network-interface", eni.name(), "ingress", Decision.DROP, null, p, "CANNOT_ROUTE",
                "source-dest-check", List.of(), "The route sends the packet to " + eni.label() + ", but its source/"
                + "destination check is on: an instance must be the source or destination of any traffic it receives,"
                + " so the packet for " + p.dst() + " is dropped. Turn the check off on an appliance that forwards.");
    }

    static Hop noInternetGateway(Vpc vpc, Packet p) {
        return new Hop(vpc.id(), "vpc", vpc.name(), "ingress", Decision.DROP, null, p, "NO_ROUTE_TO_DESTINATION",
                "no-internet-gateway", List.of(), "VPC " + vpc.label()
                + " has no internet gateway, so nothing on the internet can reach it.");
    }

    static Hop noInterface(Subnet t, Vpc vpc, Packet p) {
        String where = t != null ? "subnet " + t.label() : "VPC " + vpc.label();
        return new Hop(t != null ? t.id() : vpc.id(), t != null ? "subnet" : "vpc", t != null ? t.name() : vpc.name(), null,
                Decision.DROP, null, p, "NO_ROUTE_TO_DESTINATION", "no-interface", List.of(),
                "No network interface in " + where + " has the address " + p.dst() + ".");
    }

    /** Overlapping CIDRs: routing delivered the packet to another interface holding the same address. */
    static Hop otherInterface(NetworkInterface reached, NetworkInterface expected, String reachedVpc, String expectedVpc,
                              Packet p) {
        return new Hop(reached.id(), "network-interface", reached.name(), "ingress", Decision.DROP, null, p,
                "CANNOT_ROUTE", "other-destination", List.of(), "The packet for " + p.dst() + " is delivered to "
                + reached.label() + " in " + reachedVpc + ", not to " + expected.label() + " in " + expectedVpc
                + ": both VPCs use the same addresses, and the routes lead to the other one.");
    }

    static Hop natRoutesToNat(NatGateway nat, Subnet natSubnet, Packet p) {
        return new Hop(nat.id(), "nat-gateway", nat.name(), "egress", Decision.DROP, null, p, "CANNOT_ROUTE",
                "routing-loop", List.of(), "Subnet " + natSubnet.label() + " of NAT gateway " + nat.label()
                + " sends the translated packet back to a NAT gateway; a NAT gateway must sit in a public subnet whose"
                + " route table sends 0.0.0.0/0 to an internet gateway.");
    }
}
