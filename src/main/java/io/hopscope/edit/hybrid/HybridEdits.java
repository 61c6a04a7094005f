package io.hopscope.edit.hybrid;

import io.hopscope.edit.EditRefusal;
import io.hopscope.text.Text;
import io.hopscope.diagram.Diagram;
import io.hopscope.edit.CompositeEdit;
import io.hopscope.edit.Edit;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.RouteTable;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The inspector's changes to virtual private gateways, customer gateways, VPN connections and Direct
 * Connect gateways, each one undo step: the changed record and, where the VPN prefixes a gateway
 * propagates change, the propagated routes of every table that propagates it ({@link RoutePropagation}).
 * Bad values are refused with the reason, as {@link IllegalArgumentException}.
 */
public final class HybridEdits {

    private HybridEdits() {
    }

    public static Edit vpnRoutes(Diagram d, String vpnId, List<Cidr> routes) {
        VpnConnection v = vpn(d, vpnId);
        for (Cidr c : routes) {
            if (!c.isIpv4()) {
                throw EditRefusal.invalid("edit.refusal.vpn.ipv4Route", c);
            }
        }
        return replace(d, Text.of("edit.vpn.routes", v.label(), routes.toString()), new VpnConnection(v.id(), v.name(),
                v.vpnGatewayId(), v.transitGatewayId(), v.customerGatewayId(), v.staticRoutesOnly(), routes, v.state()));
    }

    /** Static routing or BGP [VPNRT]; a BGP VPN keeps no static routes, so its list is emptied. */
    public static Edit vpnRouting(Diagram d, String vpnId, boolean staticOnly) {
        VpnConnection v = vpn(d, vpnId);
        List<Cidr> routes = staticOnly ? v.staticRoutes() : List.of();
        return replace(d, Text.of(staticOnly ? "edit.vpn.static" : "edit.vpn.bgp", v.label()), new VpnConnection(v.id(),
                v.name(), v.vpnGatewayId(), v.transitGatewayId(), v.customerGatewayId(), staticOnly, routes, v.state()));
    }

    /** The AWS end of the VPN: a virtual private gateway or a transit gateway, never both [VPNHOW]. */
    public static Edit vpnGateway(Diagram d, String vpnId, String gatewayId) {
        VpnConnection v = vpn(d, vpnId);
        NetworkModel m = d.model();
        boolean tgw = m.find(gatewayId).filter(r -> r.kind() == io.hopscope.model.ResourceKind.TRANSIT_GATEWAY).isPresent();
        if (!tgw && m.get(gatewayId, VpnGateway.class) == null) {
            throw EditRefusal.invalid("edit.refusal.notVgwOrTgw", gatewayId);
        }
        return replace(d, Text.of("edit.vpn.connect", v.label(), label(m, gatewayId)), new VpnConnection(v.id(), v.name(),
                tgw ? null : gatewayId, tgw ? gatewayId : null, v.customerGatewayId(), v.staticRoutesOnly(),
                v.staticRoutes(), v.state()));
    }

    public static Edit vpnCustomerGateway(Diagram d, String vpnId, String cgwId) {
        VpnConnection v = vpn(d, vpnId);
        if (d.model().get(cgwId, CustomerGateway.class) == null) {
            throw EditRefusal.invalid("edit.refusal.notCgw", cgwId);
        }
        return replace(d, Text.of("edit.vpn.connect", v.label(), label(d.model(), cgwId)), new VpnConnection(v.id(), v.name(),
                v.vpnGatewayId(), v.transitGatewayId(), cgwId, v.staticRoutesOnly(), v.staticRoutes(), v.state()));
    }

    /** Only an {@code available} VPN carries traffic (RA BAD_STATE_VPN). */
    public static Edit vpnState(Diagram d, String vpnId, String state) {
        VpnConnection v = vpn(d, vpnId);
        return replace(d, Text.of("edit.vpn.state", v.label(), state), new VpnConnection(v.id(), v.name(),
                v.vpnGatewayId(), v.transitGatewayId(), v.customerGatewayId(), v.staticRoutesOnly(), v.staticRoutes(), state));
    }

    public static Edit customerGateway(Diagram d, String cgwId, IpAddress ip, Long asn, List<Cidr> cidrs) {
        CustomerGateway g = d.model().get(cgwId, CustomerGateway.class);
        if (g == null) {
            throw EditRefusal.gone("customer gateway", cgwId);
        }
        if (ip != null && !ip.isIpv4()) {
            throw EditRefusal.invalid("edit.refusal.cgw.ipv4", ip);
        }
        // Private ASNs 64512-65534 and 4200000000-4294967294, public ones from 1 [VPNHOW].
        if (asn != null && (asn < 1 || asn > 4294967294L)) {
            throw EditRefusal.invalid("edit.refusal.asn", asn);
        }
        return replace(d, Text.of("edit.cgw.set", g.label(), ip, asn, cidrs.toString()),
                new CustomerGateway(g.id(), g.name(), ip, asn, g.state(), cidrs));
    }

    /**
     * Attaches the gateway to {@code vpcId} (null detaches it). A VPC has one virtual private
     * gateway at most [VPNHOW]; tables of the VPC it leaves stop propagating it, with their routes.
     */
    public static Edit attachVgw(Diagram d, String vgwId, String vpcId) {
        NetworkModel m = d.model();
        VpnGateway g = m.get(vgwId, VpnGateway.class);
        if (g == null) {
            throw EditRefusal.gone("virtual private gateway", vgwId);
        }
        if (vpcId != null && m.vpc(vpcId) == null) {
            throw EditRefusal.invalid("edit.refusal.notVpc", vpcId);
        }
        String other = otherVgw(m, vpcId, vgwId);
        if (other != null) {
            throw EditRefusal.invalid("edit.refusal.vgw.onePerVpc", label(m, vpcId), label(m, other));
        }
        List<Edit> parts = new ArrayList<>();
        if (g.vpcId() != null && !g.vpcId().equals(vpcId)) {
            for (RouteTable t : m.routeTables()) {
                if (t.propagatingVgwIds().contains(vgwId)) {
                    parts.add(RoutePropagation.toggle(m, t.id(), vgwId, false));
                }
            }
        }
        Text text = vpcId == null ? Text.of("edit.detach", g.label()) : Text.of("edit.attach", g.label(), label(m, vpcId));
        parts.add(new ReplaceResourceEdit(text, new VpnGateway(g.id(), g.name(), vpcId)));
        return CompositeEdit.described(text, parts);
    }

    /** The virtual private gateway attached to {@code vpcId} other than {@code except}, or null. */
    public static String otherVgw(NetworkModel m, String vpcId, String except) {
        if (vpcId == null) {
            return null;
        }
        return m.vpnGateways().stream().filter(v -> vpcId.equals(v.vpcId()) && !v.id().equals(except))
                .map(VpnGateway::id).findFirst().orElse(null);
    }

    public static Edit dxAsn(Diagram d, String dxId, Long asn) {
        DirectConnectGateway g = dx(d, dxId);
        return new ReplaceResourceEdit(Text.of("edit.dx.asn", g.label(), asn),
                new DirectConnectGateway(g.id(), g.name(), asn, g.state(), g.associations()));
    }

    /**
     * The gateway's first association: to a virtual private gateway or transit gateway ({@code null}
     * removes it) with its allowed prefixes [DXGW][DXAP].
     */
    public static Edit dxAssociation(Diagram d, String dxId, String gatewayId, List<Cidr> allowed) {
        DirectConnectGateway g = dx(d, dxId);
        NetworkModel m = d.model();
        List<DirectConnectGateway.Association> all = new ArrayList<>(g.associations());
        DirectConnectGateway.Association first = all.isEmpty() ? null : all.remove(0);
        if (gatewayId != null) {
            Resource target = m.find(gatewayId).orElseThrow(() -> EditRefusal.invalid("edit.refusal.notVgwOrTgw", gatewayId));
            String type = target instanceof VpnGateway ? DirectConnectGateway.Association.VGW
                    : DirectConnectGateway.Association.TGW;
            if (!(target instanceof VpnGateway) && target.kind() != io.hopscope.model.ResourceKind.TRANSIT_GATEWAY) {
                throw EditRefusal.invalid("edit.refusal.notVgwOrTgw", gatewayId);
            }
            String id = first == null ? "assoc-" + g.id() + "-" + gatewayId : first.id();
            all.add(0, new DirectConnectGateway.Association(id, gatewayId, type, allowed, "associated"));
        }
        return new ReplaceResourceEdit(gatewayId == null ? Text.of("edit.dx.disassociate", g.label())
                : Text.of("edit.dx.associate", g.label(), label(m, gatewayId), allowed.toString()),
                new DirectConnectGateway(g.id(), g.name(), g.amazonSideAsn(), g.state(), all));
    }

    private static Edit replace(Diagram d, Text text, Resource changed) {
        return RoutePropagation.withRoutes(d, new ReplaceResourceEdit(text, changed));
    }

    private static VpnConnection vpn(Diagram d, String id) {
        VpnConnection v = d.model().get(id, VpnConnection.class);
        if (v == null) {
            throw EditRefusal.gone("VPN connection", id);
        }
        return v;
    }

    private static DirectConnectGateway dx(Diagram d, String id) {
        DirectConnectGateway g = d.model().get(id, DirectConnectGateway.class);
        if (g == null) {
            throw EditRefusal.gone("Direct Connect gateway", id);
        }
        return g;
    }

    private static String label(NetworkModel m, String id) {
        return m.find(id).map(Resource::label).orElse(id);
    }
}
