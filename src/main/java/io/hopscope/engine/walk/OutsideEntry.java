package io.hopscope.engine.walk;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.eval.GatewayResult;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpnGateway;

import java.util.List;

/**
 * The part of a {@link PathWalker} outside every VPC: the internet, AWS services, on premises, and
 * the way back into a VPC through its gateways.
 */
final class OutsideEntry {
    private final PathWalker w;

    OutsideEntry(PathWalker w) {
        this.w = w;
    }

    /** The packet is on the internet: it has arrived, unless it is addressed to a public IP of a modelled interface. */
    void toInternet(Packet p) {
        NetworkInterface eni = p.dst().isIpv4() ? w.ev.index.eniByPublicIp(p.dst()) : w.ev.index.eniByPrivateIp(null, p.dst());
        if (eni == null) {
            w.arrive(p);
            return;
        }
        enterVpc(w.ev.index.vpcOfEni(eni), p);
    }

    /** A packet that starts outside every VPC: an internet host, an AWS service, or a reply coming back in. */
    void fromOutside(Packet p, String targetVpcId) {
        String service = w.reply && targetVpcId != null ? VpcServices.serviceAt(p.src(), w.ev.index.vpc(targetVpcId)) : null;
        if (service != null) {
            w.add(VpcServices.hop(service, p, true));
            w.arrive(p);
            return;
        }
        if (w.reply && w.conn.exitGatewayId != null) {
            VpcEndpoint vpce = w.ev.index.model().vpcEndpoint(w.conn.exitGatewayId);
            if (vpce != null) {
                GatewayResult g = w.ev.endpoint.ingress(vpce, p);
                w.add(g.hop());
                w.deliverLocal(w.conn.exitVpcId, p, null);
                return;
            }
            TransitGatewayAttachment tgwAttachment = w.ev.index.transit().attachment(w.conn.exitGatewayId);
            if (tgwAttachment != null) {
                w.transit.enter(tgwAttachment, null, p, 0);
                return;
            }
            VpnGateway vgw = w.ev.index.model().get(w.conn.exitGatewayId, VpnGateway.class);
            if (vgw != null) {
                w.ev.vgw.ingress(vgw, w.ev.index.vpc(w.conn.exitVpcId), p).forEach(w::add);
                w.deliverLocal(w.conn.exitVpcId, p, null);
                return;
            }
        }
        if (w.reply && w.conn.exitVpcId != null) {
            targetVpcId = w.conn.exitVpcId;
        }
        NetworkInterface eni = p.dst().isIpv4() ? w.ev.index.eniByPublicIp(p.dst()) : null;
        if (eni == null) {
            List<NetworkInterface> byPrivate = w.ev.index.enisByPrivateIp(p.dst());
            eni = byPrivate.isEmpty() ? null : byPrivate.get(0);
        }
        String vpc = targetVpcId != null ? targetVpcId
                : eni != null ? w.ev.index.vpcOfEni(eni) : w.ev.index.vpcContaining(p.dst());
        if (vpc == null) {
            w.arrive(p);
            return;
        }
        enterVpc(vpc, p);
    }

    /**
     * From outside into {@code vpcId}: a private (RFC 1918) source is on the network behind the VPC's
     * virtual private gateway when it has one; otherwise through the internet gateway, or for IPv6
     * the egress-only gateway.
     */
    private void enterVpc(String vpcId, Packet p) {
        VpnGateway vgw = w.ev.index.vgwOf(vpcId);
        if (vgw != null && (p.src().isPrivateIpv4() || w.ev.vgw.isBehind(vgw, p))) {
            // Past a drop at the DX gateway the walk goes on, to find the blockers behind it.
            w.ev.vgw.ingress(vgw, w.ev.index.vpc(vpcId), p).forEach(w::add);
            w.deliverLocal(vpcId, p, null);
            return;
        }
        TransitGatewayAttachment onPremises = vgw == null && p.src().isPrivateIpv4()
                ? w.ev.index.transit().onPremisesAttachmentFor(vpcId, p.src()) : null;
        if (onPremises != null) {
            // From on premises over a VPN or Direct Connect attachment of a transit gateway the VPC is attached to.
            w.transit.enter(onPremises, null, p, 0);
            return;
        }
        InternetGateway igw = w.ev.index.igwOf(vpcId);
        EgressOnlyInternetGateway eigw = w.ev.index.eigwOf(vpcId);
        if (p.dst().isIpv6() && eigw != null && (igw == null || (w.reply && eigw.id().equals(w.conn.exitGatewayId)))) {
            GatewayResult g = w.ev.eigw.ingress(eigw, p, w.reply);
            w.add(g.hop());
            // Past a dropping gateway the walk goes on as if it had allowed, to find the blockers behind it.
            w.deliverLocal(vpcId, p, null);
            return;
        }
        if (igw == null) {
            Hop none = WalkHops.noInternetGateway(w.ev.index.vpc(vpcId), p);
            w.add(none);
            Packet in = PastDrop.pastInternetGateway(w.ev.index, w.expected, vpcId, p, none);
            if (in != null) {
                w.deliverLocal(vpcId, in, null);
            }
            return;
        }
        GatewayResult g = w.ev.igw.ingress(igw, vpcId, p);
        w.add(g.hop());
        // [IGW] inbound traffic is delivered by the VPC's implicit local routing, not a subnet table.
        Packet in = g.hop().blocks() ? PastDrop.pastInternetGateway(w.ev.index, w.expected, vpcId, p, g.hop()) : g.packet();
        if (in != null) {
            w.deliverLocal(vpcId, in, null);
        }
    }
}
