package io.hopscope.engine.walk;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.index.TransitIndex;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;

/** The hops of a transit gateway (rulebook 7): its attachments and route tables, passing or dropping. */
final class TransitHops {
    private TransitHops() {
    }

    private static Hop.Builder at(TransitGatewayAttachment a, Direction d) {
        return Hop.at(ComponentKind.TRANSIT_GATEWAY_ATTACHMENT, a.id(), a.name()).direction(d);
    }

    static Hop notAttached(String tgwId, String vpcLabel, Packet p) {
        return Hop.at(ComponentKind.TRANSIT_GATEWAY, tgwId, "").direction(Direction.EGRESS).decided(Decision.DROP, p)
                .blocked("BAD_STATE_ROUTE", "not-attached")
                .explained("The route sends the packet to transit gateway " + tgwId + ", but VPC " + vpcLabel
                        + " has no attachment to it, so the packet cannot enter it.");
    }

    static Hop notAvailable(TransitGatewayAttachment a, Direction d, Packet p) {
        return at(a, d).decided(Decision.DROP, p).blocked("BAD_STATE_ATTACHMENT", "attachment-not-available")
                .explained("Attachment " + a.label() + " is " + a.state() + "; only an available attachment carries traffic.");
    }

    /** [TGWVPC] the AZ rule: without an attachment subnet in the packet's AZ the TGW is out of reach. */
    static Hop noSubnetInAz(TransitGatewayAttachment a, Direction d, Subnet s, Packet p) {
        String az = s == null || s.availabilityZone() == null ? "unknown" : s.availabilityZone();
        String where = d == Direction.INGRESS
                ? "Subnet " + (s == null ? "?" : s.label()) + " is in Availability Zone " + az + ", where attachment "
                        + a.label() + " has no subnet: resources in an Availability Zone without an attachment subnet"
                        + " cannot reach the transit gateway, even with a route to it."
                : "Attachment " + a.label() + " has no subnet in Availability Zone " + az + " of "
                        + (s == null ? p.dst().toString() : s.label()) + ": the transit gateway enters and leaves a VPC only"
                        + " through its attachment subnets.";
        return at(a, d).decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "no-attachment-subnet-in-az")
                .explained(where + " Add a subnet of that Availability Zone to the attachment.");
    }

    static Hop noAssociation(TransitGatewayAttachment a, Packet p) {
        return at(a, Direction.INGRESS).decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-association")
                .explained("Attachment " + a.label() + " is associated with no transit gateway route table, so the"
                        + " transit gateway has no table to route packets that arrive from it. Associate a route table.");
    }

    static Hop entered(TransitGatewayAttachment a, Subnet via, Packet p) {
        return at(a, Direction.INGRESS).decided(Decision.FORWARD, p)
                .explained("The packet enters transit gateway " + a.transitGatewayId() + " through attachment "
                        + a.label() + (via == null ? "" : " (its subnet " + via.label() + ")")
                        + ", which is associated with route table " + a.routeTableId() + ".");
    }

    static Hop left(TransitGatewayAttachment a, Subnet via, Packet p) {
        String to = switch (a.type()) {
            case VPC -> "into VPC " + a.resourceId() + (via == null ? "" : " through its subnet " + via.label());
            case PEERING -> "to the peered transit gateway " + a.resourceId();
            default -> "to " + a.type().wireName() + " " + a.resourceId();
        };
        return at(a, Direction.EGRESS).decided(Decision.FORWARD, p)
                .explained("The transit gateway sends the packet " + to + " through attachment " + a.label() + ".");
    }

    static Hop noPeer(TransitGatewayAttachment a, Packet p) {
        return at(a, Direction.EGRESS).decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-peer")
                .explained("Peering attachment " + a.label() + " has no known other side in the data.");
    }

    static Hop routed(TransitGatewayRouteTable t, TransitIndex.TgwRoute r, Packet p) {
        Hop.Builder b = Hop.at(ComponentKind.TRANSIT_GATEWAY_ROUTE_TABLE, t.id(), t.name())
                .rule(r == null ? null : r.text(), r == null ? RuleRef.noMatchingRule(t.id(), null) : RuleRef.route(t.id(), r.index()));
        if (r == null) {
            return b.decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-route")
                    .explained("Transit gateway route table " + t.label() + " has no route for " + p.dst()
                            + ". Propagate the destination's attachment into it or add a static route.");
        }
        if (r.blackhole()) {
            return b.decided(Decision.DROP, p).blocked("BAD_STATE_ROUTE", "blackhole")
                    .explained("Transit gateway route table " + t.label() + " matches " + p.dst() + " with the blackhole"
                            + " route " + r.destination() + ", which drops it (the most specific route wins).");
        }
        return b.decided(Decision.FORWARD, p)
                .explained("Transit gateway route table " + t.label() + " sends " + p.dst() + " to attachment "
                        + r.attachmentId() + " (" + r.text() + "; longest prefix, static before propagated).");
    }
}
