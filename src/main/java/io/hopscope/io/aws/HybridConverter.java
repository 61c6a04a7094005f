package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsHybrid;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer gateways, Site-to-Site VPN connections, Direct Connect gateways with their associations,
 * and virtual interfaces (rulebook 8 and 9). Runs after the VPN gateways are converted, so each
 * reference is checked; a VPN naming a gateway that is not in the snapshot is reported and skipped,
 * and two VPNs of one gateway claiming overlapping on-premises prefixes are reported (the trace
 * then picks the longest match, the first listed on a tie).
 */
final class HybridConverter {
    private final AwsSnapshot snapshot;
    private final ImportContext ctx;

    HybridConverter(AwsSnapshot snapshot, ImportContext ctx) {
        this.snapshot = snapshot;
        this.ctx = ctx;
    }

    void convert() {
        customerGateways();
        vpnConnections();
        directConnect();
    }

    private void customerGateways() {
        for (Sourced<AwsHybrid.CustomerGateway> s : snapshot.all(AwsHybrid.CustomerGateway.class)) {
            AwsHybrid.CustomerGateway g = s.value();
            if (ctx.missingId(s, "CustomerGatewayId", g.customerGatewayId()) || "deleted".equals(g.state())) {
                continue;
            }
            IpAddress ip = g.ipAddress() == null ? null
                    : ctx.ip(s, "IpAddress", g.ipAddress(), Text.of("import.aws.then.addressIgnored"), g.customerGatewayId());
            Long asn = null;
            if (g.bgpAsn() != null && !g.bgpAsn().isBlank()) {
                try {
                    asn = Long.parseLong(g.bgpAsn().trim());
                } catch (NumberFormatException e) {
                    ctx.warning(s, "BgpAsn", Text.of("import.aws.hybrid.badAsn", g.bgpAsn()), g.customerGatewayId());
                }
            }
            ctx.add(new CustomerGateway(g.customerGatewayId(), AwsTag.nameOf(g.tags()), ip, asn, g.state(), List.of()), s);
        }
    }

    private void vpnConnections() {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        for (Sourced<AwsHybrid.VpnConnection> s : snapshot.all(AwsHybrid.VpnConnection.class)) {
            AwsHybrid.VpnConnection v = s.value();
            String id = v.vpnConnectionId();
            if (ctx.missingId(s, "VpnConnectionId", id) || "deleted".equals(v.state())) {
                continue;
            }
            String vgw = v.vpnGatewayId() == null || v.vpnGatewayId().isBlank() ? null : v.vpnGatewayId();
            String tgw = v.transitGatewayId() == null || v.transitGatewayId().isBlank() ? null : v.transitGatewayId();
            if (vgw != null && ctx.get(vgw, VpnGateway.class) == null) {
                ctx.error(s, "VpnGatewayId", Text.of("import.aws.hybrid.vpnUnknownGateway", id, vgw), id);
                continue;
            }
            if (vgw == null && tgw == null) {
                ctx.error(s, "VpnGatewayId", Text.of("import.aws.hybrid.vpnNoGateway", id), id);
                continue;
            }
            String cgw = v.customerGatewayId();
            if (cgw != null && !ctx.has(cgw)) {
                ctx.warning(s, "CustomerGatewayId", Text.of("import.aws.hybrid.unknownCustomerGateway", cgw), id);
                cgw = null;
            }
            boolean staticOnly = v.options() != null && Boolean.TRUE.equals(v.options().staticRoutesOnly());
            List<Cidr> routes = new ArrayList<>();
            for (int i = 0; i < v.routes().size(); i++) {
                AwsHybrid.VpnRoute r = v.routes().get(i);
                if (r.state() != null && !r.state().equals("available")) {
                    continue;
                }
                String at = "Routes[" + i + "].DestinationCidrBlock";
                Cidr c = ctx.cidr(s, at, r.destinationCidrBlock(), Text.of("import.aws.then.routeIgnored"), id);
                if (c == null || routes.contains(c)) {
                    continue;
                }
                routes.add(c);
                if (vgw != null && "available".equals(v.state() == null ? "available" : v.state())) {
                    overlap(claims.computeIfAbsent(vgw, k -> new ArrayList<>()), new Claim(id, c), s, at);
                }
            }
            ctx.add(new VpnConnection(id, AwsTag.nameOf(v.tags()), vgw, tgw, cgw, staticOnly, routes, v.state()), s);
        }
    }

    private record Claim(String vpn, Cidr prefix) {
    }

    private void overlap(List<Claim> known, Claim c, Sourced<?> s, String at) {
        for (Claim k : known) {
            if (!k.vpn().equals(c.vpn()) && (k.prefix().contains(c.prefix()) || c.prefix().contains(k.prefix()))) {
                ctx.warning(s, at, Text.of("import.aws.hybrid.overlappingPrefix", c.prefix(), c.vpn(), k.prefix(), k.vpn()), c.vpn());
                break;
            }
        }
        known.add(c);
    }

    private void directConnect() {
        Map<String, List<DirectConnectGateway.Association>> byGateway = new LinkedHashMap<>();
        for (Sourced<AwsHybrid.DirectConnectGatewayAssociation> s
                : snapshot.all(AwsHybrid.DirectConnectGatewayAssociation.class)) {
            AwsHybrid.DirectConnectGatewayAssociation a = s.value();
            if (ctx.missingId(s, "directConnectGatewayId", a.directConnectGatewayId())) {
                continue;
            }
            String gateway = a.associatedGateway() != null ? a.associatedGateway().id() : a.virtualGatewayId();
            String type = a.associatedGateway() != null && a.associatedGateway().type() != null
                    ? a.associatedGateway().type() : DirectConnectGateway.Association.VGW;
            if (gateway == null || gateway.isBlank()) {
                ctx.error(s, "associatedGateway.id", Text.of("import.aws.hybrid.associationNoGateway"), a.directConnectGatewayId());
                continue;
            }
            if (type.equals(DirectConnectGateway.Association.VGW) && ctx.get(gateway, VpnGateway.class) == null) {
                ctx.warning(s, "associatedGateway.id", Text.of("import.aws.hybrid.associationForeignGateway", gateway), a.directConnectGatewayId());
            }
            List<Cidr> allowed = new ArrayList<>();
            for (int i = 0; i < a.allowedPrefixesToDirectConnectGateway().size(); i++) {
                Cidr c = ctx.cidr(s, "allowedPrefixesToDirectConnectGateway[" + i + "].cidr",
                        a.allowedPrefixesToDirectConnectGateway().get(i).cidr(), Text.of("import.aws.then.prefixIgnored"), a.directConnectGatewayId());
                if (c != null) {
                    allowed.add(c);
                }
            }
            String id = a.associationId() == null ? a.directConnectGatewayId() + ":" + gateway : a.associationId();
            byGateway.computeIfAbsent(a.directConnectGatewayId(), k -> new ArrayList<>())
                    .add(new DirectConnectGateway.Association(id, gateway, type, allowed, a.associationState()));
        }
        for (Sourced<AwsHybrid.DirectConnectGateway> s : snapshot.all(AwsHybrid.DirectConnectGateway.class)) {
            AwsHybrid.DirectConnectGateway g = s.value();
            String id = g.directConnectGatewayId();
            if (ctx.missingId(s, "directConnectGatewayId", id) || "deleted".equals(g.directConnectGatewayState())) {
                continue;
            }
            if (ctx.has(id)) {
                // A global object: Batfish's multi-Region layout lists it once per Region folder.
                continue;
            }
            String name = g.directConnectGatewayName() != null ? g.directConnectGatewayName() : AwsTag.nameOf(g.tags());
            ctx.add(new DirectConnectGateway(id, name, g.amazonSideAsn(), g.directConnectGatewayState(),
                    byGateway.getOrDefault(id, List.of())), s);
        }
        for (Sourced<AwsHybrid.VirtualInterface> s : snapshot.all(AwsHybrid.VirtualInterface.class)) {
            AwsHybrid.VirtualInterface v = s.value();
            String id = v.virtualInterfaceId();
            if (ctx.missingId(s, "virtualInterfaceId", id) || "deleted".equals(v.virtualInterfaceState())) {
                continue;
            }
            String vgw = blankToNull(v.virtualGatewayId());
            String dxgw = blankToNull(v.directConnectGatewayId());
            if (vgw != null && ctx.get(vgw, VpnGateway.class) == null) {
                ctx.warning(s, "virtualGatewayId", Text.of("import.aws.hybrid.interfaceUnknownVpnGateway", vgw), id);
                vgw = null;
            }
            if (dxgw != null && ctx.get(dxgw, DirectConnectGateway.class) == null) {
                ctx.warning(s, "directConnectGatewayId", Text.of("import.aws.hybrid.interfaceUnknownDxGateway", dxgw), id);
                dxgw = null;
            }
            String name = v.virtualInterfaceName() != null ? v.virtualInterfaceName() : AwsTag.nameOf(v.tags());
            ctx.add(new VirtualInterface(id, name, v.virtualInterfaceType(), v.virtualInterfaceState(), vgw, dxgw,
                    v.vlan(), v.asn()), s);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
