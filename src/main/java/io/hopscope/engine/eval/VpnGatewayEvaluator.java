package io.hopscope.engine.eval;

import io.hopscope.text.Text;
import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.RuleRef;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.HybridIndex;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;

import java.util.ArrayList;
import java.util.List;

/**
 * The virtual private gateway and what lies behind it (rulebook 8 and 9). Leaving the VPC, the VGW
 * forwards only to prefixes it knows: a VPN connection's static routes, or routes learned over BGP
 * (from a BGP VPN, a Direct Connect gateway or a private virtual interface), which describe-* shows
 * as propagated routes; anything else is dropped there ("no-vpn-route" [VPNPRIO]). Entering the VPC
 * from on premises over Direct Connect, only VPC CIDRs that pass the association's allowed prefixes
 * are advertised, so other addresses are dropped at the DX gateway ("not-in-allowed-prefixes" [DXAP]).
 */
public final class VpnGatewayEvaluator {
    private final HybridIndex hybrid;

    public VpnGatewayEvaluator(HybridIndex hybrid) {
        this.hybrid = hybrid;
    }

    /** The hops of a packet routed to {@code vgw} from {@code vpcId}: the VGW, then the link it leaves by, or a drop. */
    public List<Hop> egress(VpnGateway vgw, String vpcId, Packet p) {
        List<Hop> hops = new ArrayList<>(2);
        if (vgw.vpcId() == null || !vgw.vpcId().equals(vpcId)) {
            hops.add(Hop.at(ComponentKind.VPN_GATEWAY, vgw.id(), vgw.name()).direction(Direction.EGRESS)
                    .decided(Decision.DROP, p).blocked("BAD_STATE_ATTACHMENT", "not-attached")
                    .explained(Text.of("vgw.notAttached", vgw.label(), vpcId)));
            return hops;
        }
        Hop link = outboundLink(vgw, p);
        if (link == null) {
            hops.add(Hop.at(ComponentKind.VPN_GATEWAY, vgw.id(), vgw.name()).direction(Direction.EGRESS)
                    .decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "no-vpn-route")
                    .rule("no-vpn-route", RuleRef.component(vgw.id(), Direction.EGRESS))
                    .explainedLater(() -> Text.of("vgw.noRoute", vgw.label(), p.dst(), knownPrefixes(vgw))));
            return hops;
        }
        hops.add(Hop.at(ComponentKind.VPN_GATEWAY, vgw.id(), vgw.name()).direction(Direction.EGRESS)
                .decided(Decision.FORWARD, p).explained(Text.of("vgw.out", vgw.label(), p.dst())));
        hops.add(link);
        return hops;
    }

    /**
     * The hops of a packet from on premises ({@code p.src()}) entering the VPC of {@code vgw}: the link
     * it arrives by, then the VGW; the last hop drops when Direct Connect does not advertise the address.
     */
    public List<Hop> ingress(VpnGateway vgw, Vpc vpc, Packet p) {
        List<Hop> hops = new ArrayList<>(2);
        HybridIndex.Link known = hybrid.staticLinkFor(vgw.id(), p.src());
        VpnConnection vpn = null;
        if (known != null) {
            hops.add(link(known.id(), kindOf(known), known.name(), Direction.INGRESS, p,
                    Text.of("vgw.link.in", describe(known), p.src(), vgw.label())));
        } else {
            List<HybridIndex.DxLink> dx = hybrid.directConnect(vgw.id());
            if (!dx.isEmpty()) {
                HybridIndex.DxLink link = dx.get(0);
                Cidr advertised = advertisedCidr(link.association(), vpc, p);
                DirectConnectGateway g = link.gateway();
                if (advertised == null) {
                    hops.add(Hop.at(ComponentKind.DIRECT_CONNECT_GATEWAY, g.id(), g.name()).direction(Direction.INGRESS)
                            .decided(Decision.DROP, p).blocked("NO_ROUTE_TO_DESTINATION", "not-in-allowed-prefixes")
                            .rule("not-in-allowed-prefixes", RuleRef.component(g.id(), Direction.INGRESS))
                            .explainedLater(() -> Text.of("dxgw.notAllowed", g.label(), vpc.label(),
                                    String.valueOf(link.association().allowedPrefixes()), p.dst())));
                    return hops;
                }
                hops.add(Hop.at(ComponentKind.DIRECT_CONNECT_GATEWAY, g.id(), g.name()).direction(Direction.INGRESS)
                        .decided(Decision.FORWARD, p).explained(Text.of("dxgw.in", g.label(), p.src(), vgw.label(), advertised)));
            } else if (!hybrid.privateInterfaces(vgw.id()).isEmpty()) {
                VirtualInterface vif = hybrid.privateInterfaces(vgw.id()).get(0);
                hops.add(link(vif.id(), ComponentKind.VIRTUAL_INTERFACE, vif.name(), Direction.INGRESS, p,
                        Text.of("vif.in", vif.label(), p.src())));
            } else {
                vpn = bgpVpn(vgw);
            }
        }
        if (vpn != null) {
            hops.add(link(vpn.id(), ComponentKind.VPN_CONNECTION, vpn.name(), Direction.INGRESS, p,
                    Text.of("vgw.link.in", Text.of("vgw.link.vpn", vpn.label()), p.src(), vgw.label())));
        }
        hops.add(Hop.at(ComponentKind.VPN_GATEWAY, vgw.id(), vgw.name()).direction(Direction.INGRESS)
                .decided(Decision.FORWARD, p).explained(Text.of("vgw.in", p.src(), vgw.label())));
        return hops;
    }

    /** Whether {@code p.src()} plausibly sits behind this VGW: inside a VPN prefix or a learned route. */
    public boolean isBehind(VpnGateway vgw, Packet p) {
        return hybrid.staticLinkFor(vgw.id(), p.src()) != null || hybrid.learned(vgw.id(), p.src());
    }

    private Hop outboundLink(VpnGateway vgw, Packet p) {
        HybridIndex.Link known = hybrid.staticLinkFor(vgw.id(), p.dst());
        if (known != null) {
            return link(known.id(), kindOf(known), known.name(), Direction.EGRESS, p,
                    Text.of("vgw.link.out", describe(known), p.dst()));
        }
        if (!hybrid.learned(vgw.id(), p.dst())) {
            return null;
        }
        // [RTP] Direct Connect BGP routes beat VPN routes at the VGW; which one supplied a propagated
        // prefix is not in the data, so a DX link, when there is one, is the path shown.
        List<HybridIndex.DxLink> dx = hybrid.directConnect(vgw.id());
        if (!dx.isEmpty()) {
            DirectConnectGateway g = dx.get(0).gateway();
            return link(g.id(), ComponentKind.DIRECT_CONNECT_GATEWAY, g.name(), Direction.EGRESS, p,
                    Text.of("dxgw.out", g.label(), p.dst()));
        }
        if (!hybrid.privateInterfaces(vgw.id()).isEmpty()) {
            VirtualInterface vif = hybrid.privateInterfaces(vgw.id()).get(0);
            return link(vif.id(), ComponentKind.VIRTUAL_INTERFACE, vif.name(), Direction.EGRESS, p,
                    Text.of("vif.out", vif.label(), p.dst()));
        }
        VpnConnection bgp = bgpVpn(vgw);
        if (bgp == null) {
            return null;
        }
        return link(bgp.id(), ComponentKind.VPN_CONNECTION, bgp.name(), Direction.EGRESS, p,
                Text.of("vpn.bgpOut", bgp.label(), p.dst()));
    }

    private static Text describe(HybridIndex.Link l) {
        return Text.of(l.type().equals("vpn-connection") ? "vgw.link.vpn" : "vgw.link.onPremises", l.label());
    }

    private VpnConnection bgpVpn(VpnGateway vgw) {
        for (VpnConnection v : hybrid.vpns(vgw.id())) {
            if (!v.staticRoutesOnly()) {
                return v;
            }
        }
        return null;
    }

    /** The VPC CIDR holding the destination that the association advertises, or null [DXAP][DXVGW]. */
    private static Cidr advertisedCidr(DirectConnectGateway.Association a, Vpc vpc, Packet p) {
        for (Cidr c : p.dst().isIpv4() ? vpc.ipv4Cidrs() : vpc.ipv6Cidrs()) {
            if (!c.contains(p.dst())) {
                continue;
            }
            if (a.allowedPrefixes().isEmpty()) {
                return c;
            }
            for (Cidr allowed : a.allowedPrefixes()) {
                if (allowed.contains(c)) {
                    return c;
                }
            }
        }
        return null;
    }

    private Text knownPrefixes(VpnGateway vgw) {
        List<Text> known = new ArrayList<>();
        for (VpnConnection v : hybrid.vpns(vgw.id())) {
            v.staticRoutes().forEach(c -> known.add(Text.of("vgw.known.route", c, v.label())));
        }
        return known.isEmpty() ? Text.of("vgw.known.none") : Text.of("vgw.known", known);
    }

    private static Hop link(String id, ComponentKind kind, String name, Direction direction, Packet p,
                            Text explanation) {
        return Hop.at(kind, id, name).direction(direction).decided(Decision.FORWARD, p).explained(explanation);
    }

    private static ComponentKind kindOf(HybridIndex.Link l) {
        return l.type().equals("vpn-connection") ? ComponentKind.VPN_CONNECTION : ComponentKind.ON_PREMISES;
    }
}
