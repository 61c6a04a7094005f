package io.hopscope.engine.walk;

import io.hopscope.text.Text;
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
                .explained(Text.of("tgw.notAttached", tgwId, vpcLabel));
    }

    static Hop notAvailable(TransitGatewayAttachment a, Direction d, Packet p) {
        return at(a, d).decided(Decision.DROP, p).blocked("BAD_STATE_ATTACHMENT", "attachment-not-available")
                .explained(Text.of("tgw.attachment.notAvailable", a.label(), a.state()));
    }

    /** [TGWVPC] the AZ rule: without an attachment subnet in the packet's AZ the TGW is out of reach. */
    static Hop noSubnetInAz(TransitGatewayAttachment a, Direction d, Subnet s, Packet p) {
        String az = s == null || s.availabilityZone() == null ? "unknown" : s.availabilityZone();
        Text where = d == Direction.INGRESS
                ? Text.of("tgw.az.source", s == null ? "?" : s.label(), az, a.label())
                : Text.of("tgw.az.destination", a.label(), az, s == null ? p.dst().toString() : s.label());
        return at(a, d).decided(Decision.DROP, p).blocked("CANNOT_ROUTE", "no-attachment-subnet-in-az")
                .explained(Text.of("tgw.az", where));
    }

    static Hop noAssociation(TransitGatewayAttachment a, Packet p) {
        return at(a, Direction.INGRESS).decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-association")
                .explained(Text.of("tgw.noAssociation", a.label()));
    }

    static Hop entered(TransitGatewayAttachment a, Subnet via, Packet p) {
        return at(a, Direction.INGRESS).decided(Decision.FORWARD, p)
                .explained(Text.of("tgw.entered", a.transitGatewayId(), a.label(),
                        via == null ? "" : Text.of("tgw.viaSubnet", via.label()), a.routeTableId()));
    }

    static Hop left(TransitGatewayAttachment a, Subnet via, Packet p) {
        Text to = switch (a.type()) {
            case VPC -> Text.of("tgw.to.vpc", a.resourceId(), via == null ? "" : Text.of("tgw.throughSubnet", via.label()));
            case PEERING -> Text.of("tgw.to.peer", a.resourceId());
            default -> Text.of("tgw.to.other", a.type().wireName(), a.resourceId());
        };
        return at(a, Direction.EGRESS).decided(Decision.FORWARD, p)
                .explained(Text.of("tgw.left", to, a.label()));
    }

    static Hop noPeer(TransitGatewayAttachment a, Packet p) {
        return at(a, Direction.EGRESS).decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-peer")
                .explained(Text.of("tgw.noPeer", a.label()));
    }

    static Hop routed(TransitGatewayRouteTable t, TransitIndex.TgwRoute r, Packet p) {
        Hop.Builder b = Hop.at(ComponentKind.TRANSIT_GATEWAY_ROUTE_TABLE, t.id(), t.name())
                .rule(r == null ? null : r.text(), r == null ? RuleRef.noMatchingRule(t.id(), null) : RuleRef.route(t.id(), r.index()));
        if (r == null) {
            return b.decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-route")
                    .explained(Text.of("tgw.rtb.noRoute", t.label(), p.dst()));
        }
        if (r.blackhole()) {
            return b.decided(Decision.DROP, p).blocked("BAD_STATE_ROUTE", "blackhole")
                    .explained(Text.of("tgw.rtb.blackhole", t.label(), p.dst(), r.destination()));
        }
        return b.decided(Decision.FORWARD, p)
                .explained(Text.of("tgw.rtb.forward", t.label(), p.dst(), r.attachmentId(), r.text()));
    }
}
