package io.hopscope.engine.walk;

import io.hopscope.text.Text;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.TransitIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.Subnet;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.Vpc;

/**
 * The part of a {@link PathWalker} inside transit gateways, in the rulebook's order 7.7: the
 * source VPC's attachment (state, AZ rule, the attachment subnet's NACL inbound), the table
 * associated with it (LPM, static before propagated, blackhole), the egress attachment, and into
 * the destination VPC through the attachment subnet of the destination's AZ, whose NACL outbound
 * and route table then apply (7.4). Peering attachments lead to the peer TGW's table associated
 * with the peer side (7.5); VPN and Direct Connect attachments leave for on premises.
 */
final class TransitSteps {
    private static final int MAX_TGW_HOPS = 4;

    private final PathWalker w;

    TransitSteps(PathWalker w) {
        this.w = w;
    }

    private TransitIndex tx() {
        return w.ev.index.transit();
    }

    /** A subnet route {@code dst -> tgw-…} chose the transit gateway. */
    void fromVpc(Route route, Subnet s, Packet p) {
        TransitGatewayAttachment a = tx().vpcAttachment(route.targetId(), s.vpcId());
        if (a == null) {
            Vpc v = w.ev.index.vpc(s.vpcId());
            w.add(TransitHops.notAttached(route.targetId(), v == null ? s.vpcId() : v.label(), p));
            return;
        }
        if (!a.available()) {
            w.add(TransitHops.notAvailable(a, Direction.INGRESS, p));
            return;
        }
        Subnet t = subnetInAz(a, s.availabilityZone());
        if (t == null) {
            w.add(TransitHops.noSubnetInAz(a, Direction.INGRESS, s, p));
            return;
        }
        enter(a, t, p, 0);
    }

    /** The packet arrives at the TGW from attachment {@code a} (a VPC's through subnet {@code via}, a peer's, or from on premises). */
    void enter(TransitGatewayAttachment a, Subnet via, Packet p, int depth) {
        if (a.routeTableId() == null || tx().table(a.routeTableId()) == null) {
            w.add(TransitHops.noAssociation(a, p));
            return;
        }
        w.add(TransitHops.entered(a, via, p));
        if (via != null) {
            // [TGWNACL] the attachment subnet's inbound rules see every packet entering the TGW (also when it is S).
            w.acl(via, p, false);
        }
        TransitGatewayRouteTable table = tx().table(a.routeTableId());
        TransitIndex.TgwRoute r = tx().lookup(table.id(), p.dst());
        Hop h = TransitHops.routed(table, r, p);
        w.add(h);
        if (h.blocks()) {
            return;
        }
        TransitGatewayAttachment out = tx().attachment(r.attachmentId());
        if (out == null) {
            return;
        }
        leave(out, p, depth);
    }

    private void leave(TransitGatewayAttachment b, Packet p, int depth) {
        if (!b.available()) {
            w.add(TransitHops.notAvailable(b, Direction.EGRESS, p));
            return;
        }
        switch (b.type()) {
            case VPC -> intoVpc(b, p);
            case PEERING -> {
                TransitGatewayAttachment peer = tx().attachment(b.peerAttachmentId());
                if (peer == null || depth >= MAX_TGW_HOPS) {
                    w.add(TransitHops.noPeer(b, p));
                    return;
                }
                w.add(TransitHops.left(b, null, p));
                enter(peer, null, p, depth + 1);
            }
            case CONNECT -> w.add(WalkHops.unknown(io.hopscope.engine.ComponentKind.TRANSIT_GATEWAY_ATTACHMENT, b.id(),
                    b.name(), p, Text.of("unknown.connect", b.label()), Text.of("unknown.connect.check", p.dst())));
            default -> {
                w.add(TransitHops.left(b, null, p));
                w.conn.exitedThrough(b.id(), null);
                w.arrive(p);
            }
        }
    }

    /** [TGWVPC][TGWNACL] into the VPC through the attachment subnet of the destination's AZ, then its route table. */
    private void intoVpc(TransitGatewayAttachment b, Packet p) {
        String vpcId = b.resourceId();
        NetworkInterface eni = w.ev.index.eniByPrivateIp(vpcId, p.dst());
        Subnet dest = eni != null ? w.ev.index.subnet(eni.subnetId()) : w.ev.index.subnetContaining(vpcId, p.dst());
        Subnet t = dest == null ? (b.subnetIds().isEmpty() ? null : w.ev.index.subnet(b.subnetIds().get(0)))
                : subnetInAz(b, dest.availabilityZone());
        if (t == null) {
            w.add(TransitHops.noSubnetInAz(b, Direction.EGRESS, dest, p));
            return;
        }
        w.add(TransitHops.left(b, t, p));
        w.sendFromSubnet(t, p);
    }

    private Subnet subnetInAz(TransitGatewayAttachment a, String az) {
        for (String id : a.subnetIds()) {
            Subnet s = w.ev.index.subnet(id);
            if (s != null && (az == null || az.equals(s.availabilityZone()))) {
                return s;
            }
        }
        return null;
    }
}
