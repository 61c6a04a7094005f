package io.hopscope.engine.fix;

import io.hopscope.edit.AddRouteEdit;
import io.hopscope.edit.Edit;
import io.hopscope.edit.RemoveRouteEdit;
import io.hopscope.edit.ReplaceRouteTargetEdit;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.HybridIndex;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.List;

/**
 * Route fixes. No route: add one to the target that can carry it — the peering to the VPC that
 * holds the address, the gateway endpoint whose prefix list holds it, the VPN gateway behind which an
 * on-premises prefix holds it, else the internet gateway
 * (source with a public IP, or IPv6 without an egress-only gateway), the egress-only gateway or a
 * NAT gateway. Blackhole: delete it when a less specific working route remains, else retarget it.
 */
final class RouteFix {
    private final ModelIndex index;
    /** Built on the first no-route fix toward a VPC with a VGW, then kept for this model. */
    private HybridIndex hybrid;

    RouteFix(ModelIndex index) {
        this.index = index;
    }

    List<Edit> suggest(Hop hop) {
        RouteIndex rt = index.routeTable(hop.componentId());
        if (rt == null) {
            return List.of();
        }
        Packet p = hop.packet();
        if ("blackhole".equals(hop.reason())) {
            RouteIndex.Entry e = rt.lookup(p.dst());
            if (e == null) {
                return List.of();
            }
            RouteIndex.Entry rest = rt.lookupExcluding(p.dst(), e.route());
            if (rest != null && !rest.route().blackhole() && e.route().destination() != null) {
                return List.of(new RemoveRouteEdit(rt.table().id(), e.route().destinationText()));
            }
            Route target = candidate(rt.table(), p);
            return target == null ? List.of() : List.of(new ReplaceRouteTargetEdit(rt.table().id(),
                    e.route().destinationText(), target.targetKind(), target.targetId()));
        }
        if ("no-route".equals(hop.reason())) {
            Route r = candidate(rt.table(), p);
            return r == null ? List.of() : List.of(new AddRouteEdit(rt.table().id(), r));
        }
        return List.of();
    }

    /**
     * A reply routed into a NAT gateway that did not carry the request (a public IP in a subnet whose
     * default route is the NAT): send replies to that client through the internet gateway, which maps
     * the interface's public IP [IGW]. A host route, so the subnet's other traffic keeps using the NAT.
     */
    List<Edit> replyPastNat(Hop hop) {
        Packet p = hop.packet();
        if (!p.dst().isIpv4()) {
            return List.of();
        }
        for (NetworkInterface source : index.enisByPrivateIp(p.src())) {
            String vpcId = index.vpcOfEni(source);
            InternetGateway igw = vpcId == null ? null : index.igwOf(vpcId);
            RouteTable table = index.model().routeTableOf(source.subnetId());
            if (source.publicIp() != null && igw != null && table != null) {
                return List.of(new AddRouteEdit(table.id(),
                        Route.to(Cidr.host(p.dst()), RouteTargetKind.INTERNET_GATEWAY, igw.id())));
            }
        }
        return List.of();
    }

    private Route candidate(RouteTable table, Packet p) {
        String vpcId = table.vpcId();
        IpAddress dst = p.dst();
        Vpc own = index.vpc(vpcId);
        if (own != null) {
            // [RT] every table has a local route per VPC CIDR; restore it when it is missing.
            for (Cidr c : dst.isIpv4() ? own.ipv4Cidrs() : own.ipv6Cidrs()) {
                if (c.contains(dst)) {
                    return Route.local(c);
                }
            }
        }
        for (VpcPeeringConnection pcx : index.model().peeringConnections()) {
            String peer = pcx.peerOf(vpcId);
            Vpc peerVpc = peer == null ? null : index.vpc(peer);
            if (pcx.isActive() && peerVpc != null && peerVpc.contains(dst)) {
                for (Cidr c : dst.isIpv4() ? peerVpc.ipv4Cidrs() : peerVpc.ipv6Cidrs()) {
                    if (c.contains(dst)) {
                        return Route.to(c, RouteTargetKind.VPC_PEERING_CONNECTION, pcx.id());
                    }
                }
            }
        }
        for (VpcEndpoint vpce : index.model().vpcEndpoints()) {
            if (!vpcId.equals(vpce.vpcId())) {
                continue;
            }
            String pl = index.servicePrefixListOf(dst);
            if (pl != null && index.model().prefixList(pl) != null
                    && index.model().prefixList(pl).name().endsWith("." + vpce.shortServiceName())) {
                return Route.toPrefixList(pl, RouteTargetKind.GATEWAY_ENDPOINT, vpce.id());
            }
        }
        VpnGateway vgw = index.vgwOf(vpcId);
        if (vgw != null) {
            // [VGWPROP] without propagation a subnet reaches an on-premises prefix only by a static route to the VGW.
            if (hybrid == null) {
                hybrid = new HybridIndex(index.model());
            }
            Cidr onPremises = hybrid.prefixFor(vgw.id(), dst);
            if (onPremises != null) {
                return Route.to(onPremises, RouteTargetKind.VPN_GATEWAY, vgw.id());
            }
        }
        if (dst.isIpv4() && dst.isPrivateIpv4()) {
            return null;
        }
        Cidr any = dst.isIpv4() ? Cidr.ANY_IPV4 : Cidr.ANY_IPV6;
        InternetGateway igw = index.igwOf(vpcId);
        if (dst.isIpv6()) {
            EgressOnlyInternetGateway eigw = index.eigwOf(vpcId);
            if (eigw != null) {
                return Route.to(any, RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, eigw.id());
            }
            return igw == null ? null : Route.to(any, RouteTargetKind.INTERNET_GATEWAY, igw.id());
        }
        NetworkInterface source = index.eniByPrivateIp(vpcId, p.src());
        if (igw != null && source != null && source.publicIp() != null) {
            return Route.to(any, RouteTargetKind.INTERNET_GATEWAY, igw.id());
        }
        for (NatGateway nat : index.model().natGateways()) {
            NetworkInterface natEni = index.eniOfNat(nat.id());
            if (nat.isAvailable() && natEni != null && vpcId.equals(index.vpcOfEni(natEni))
                    && !table.subnetIds().contains(natEni.subnetId())) {
                return Route.to(any, RouteTargetKind.NAT_GATEWAY, nat.id());
            }
        }
        return igw == null ? null : Route.to(any, RouteTargetKind.INTERNET_GATEWAY, igw.id());
    }
}
