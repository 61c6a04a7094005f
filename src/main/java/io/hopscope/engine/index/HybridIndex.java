package io.hopscope.engine.index;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.ExternalKind;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What sits behind each virtual private gateway (rulebook 8 and 9): its available VPN connections,
 * the Direct Connect gateways associated with it, the private virtual interfaces ending on it, and
 * the prefixes it has learned over BGP, which describe-* shows only as routes propagated into VPC
 * route tables. Built once per model; empty and free when the model has no hybrid resources.
 */
public final class HybridIndex {
    private final Map<String, List<VpnConnection>> vpnsByVgw = new HashMap<>();
    private final Map<String, List<DxLink>> dxByVgw = new HashMap<>();
    private final Map<String, List<VirtualInterface>> vifsByVgw = new HashMap<>();
    private final Map<String, Set<Cidr>> propagatedByVgw = new HashMap<>();
    private final Map<String, List<Prefix>> staticByVgw = new HashMap<>();

    /** A Direct Connect gateway and its association with one VGW. */
    public record DxLink(DirectConnectGateway gateway, DirectConnectGateway.Association association) {
    }

    /**
     * What carries traffic for a known on-premises prefix: a VPN connection (its static route, or a
     * network drawn behind its customer gateway), or an on-premises network drawn behind the VGW.
     */
    public record Link(String id, String type, String name, String label) {
    }

    private record Prefix(Cidr cidr, Link link) {
    }

    public HybridIndex(NetworkModel model) {
        for (VpnConnection v : model.vpnConnections()) {
            if (v.vpnGatewayId() != null && v.available()) {
                vpnsByVgw.computeIfAbsent(v.vpnGatewayId(), k -> new ArrayList<>()).add(v);
                Link link = new Link(v.id(), "vpn-connection", v.name(), v.label());
                List<Prefix> known = staticByVgw.computeIfAbsent(v.vpnGatewayId(), k -> new ArrayList<>());
                v.staticRoutes().forEach(c -> known.add(new Prefix(c, link)));
                CustomerGateway cgw = model.get(v.customerGatewayId(), CustomerGateway.class);
                if (cgw != null && v.staticRoutesOnly()) {
                    cgw.cidrs().forEach(c -> known.add(new Prefix(c, link)));
                }
            }
        }
        for (ExternalEndpoint e : model.externals()) {
            if (e.externalKind() == ExternalKind.ON_PREMISES && e.gatewayId() != null) {
                Link link = new Link(e.id(), "on-premises", e.name(), e.label());
                List<Prefix> known = staticByVgw.computeIfAbsent(e.gatewayId(), k -> new ArrayList<>());
                e.cidrs().forEach(c -> known.add(new Prefix(c, link)));
            }
        }
        for (DirectConnectGateway d : model.directConnectGateways()) {
            if (!d.available()) {
                continue;
            }
            for (DirectConnectGateway.Association a : d.associations()) {
                if (a.associated() && DirectConnectGateway.Association.VGW.equals(a.gatewayType())) {
                    dxByVgw.computeIfAbsent(a.gatewayId(), k -> new ArrayList<>()).add(new DxLink(d, a));
                }
            }
        }
        for (VirtualInterface v : model.virtualInterfaces()) {
            if (v.vpnGatewayId() != null && v.available() && "private".equals(v.type())) {
                vifsByVgw.computeIfAbsent(v.vpnGatewayId(), k -> new ArrayList<>()).add(v);
            }
        }
        for (RouteTable t : model.routeTables()) {
            for (Route r : t.routes()) {
                if (r.propagated() && r.targetKind() == RouteTargetKind.VPN_GATEWAY && r.destination() != null
                        && !r.blackhole()) {
                    propagatedByVgw.computeIfAbsent(r.targetId(), k -> new LinkedHashSet<>()).add(r.destination());
                }
            }
        }
    }

    public List<VpnConnection> vpns(String vgwId) {
        return vpnsByVgw.getOrDefault(vgwId, List.of());
    }

    public List<DxLink> directConnect(String vgwId) {
        return dxByVgw.getOrDefault(vgwId, List.of());
    }

    public List<VirtualInterface> privateInterfaces(String vgwId) {
        return vifsByVgw.getOrDefault(vgwId, List.of());
    }

    /** The link whose static prefix holds {@code ip} with the longest prefix (the first listed on a tie), or null. */
    public Link staticLinkFor(String vgwId, IpAddress ip) {
        Link best = null;
        int bestLength = -1;
        for (Prefix p : staticByVgw.getOrDefault(vgwId, List.of())) {
            if (p.cidr().contains(ip) && p.cidr().prefixLength() > bestLength) {
                best = p.link();
                bestLength = p.cidr().prefixLength();
            }
        }
        return best;
    }

    /**
     * The on-premises prefix behind the VGW that holds {@code ip}, longest first: a static prefix of a
     * VPN or a drawn on-premises network, else a prefix learned over BGP. Null when the VGW knows none.
     */
    public Cidr prefixFor(String vgwId, IpAddress ip) {
        Cidr best = null;
        for (Prefix p : staticByVgw.getOrDefault(vgwId, List.of())) {
            if (p.cidr().contains(ip) && (best == null || p.cidr().prefixLength() > best.prefixLength())) {
                best = p.cidr();
            }
        }
        for (Cidr c : propagatedByVgw.getOrDefault(vgwId, Set.of())) {
            if (c.contains(ip) && (best == null || c.prefixLength() > best.prefixLength())) {
                best = c;
            }
        }
        return best;
    }

    /** Whether the VGW learned a route for {@code ip} over BGP (a propagated route names it). */
    public boolean learned(String vgwId, IpAddress ip) {
        for (Cidr c : propagatedByVgw.getOrDefault(vgwId, Set.of())) {
            if (c.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /** Whether anything connects to this VGW from outside: a VPN, a Direct Connect gateway or a virtual interface. */
    public boolean hasRemoteSide(String vgwId) {
        return staticByVgw.containsKey(vgwId) || vpnsByVgw.containsKey(vgwId) || dxByVgw.containsKey(vgwId) || vifsByVgw.containsKey(vgwId);
    }
}
