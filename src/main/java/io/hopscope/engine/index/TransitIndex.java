package io.hopscope.engine.index;

import io.hopscope.model.CustomerGateway;
import io.hopscope.model.DirectConnectGateway;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.TransitGatewayAttachment;
import io.hopscope.model.TransitGatewayRouteTable;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Transit gateways for a trace (rulebook 7): attachments by id and by attached VPC, and each TGW
 * route table's effective routes, its static routes and the routes its propagations install,
 * built once per model. Empty and free when the model has no transit gateway.
 */
public final class TransitIndex {

    /**
     * One route of a TGW table: static (a blackhole has no attachment) or propagated.
     * {@code index} is its row: static routes first in table order, then propagated ones.
     */
    public record TgwRoute(Cidr destination, String attachmentId, boolean blackhole, boolean isStatic, int index) {
        /** "10.20.0.0/16 -> tgw-attach-… (propagated)" as a hop's rule. */
        public String text() {
            return destination + " -> " + (blackhole ? "blackhole" : attachmentId) + (isStatic ? "" : " (propagated)");
        }
    }

    private final Map<String, TransitGateway> gateways = new HashMap<>();
    private final Map<String, TransitGatewayAttachment> attachments = new HashMap<>();
    private final Map<String, List<TransitGatewayAttachment>> byVpc = new HashMap<>();
    private final Map<String, TransitGatewayRouteTable> tables = new HashMap<>();
    private final Map<String, String> vpcRegions = new HashMap<>();
    private final Map<String, List<TgwRoute>> routes = new HashMap<>();
    private final List<TransitGatewayAttachment> onPremises = new ArrayList<>();
    private final Map<String, List<Cidr>> onPremisesPrefixes = new HashMap<>();

    public TransitIndex(NetworkModel model) {
        if (model.transit().isEmpty()) {
            return;
        }
        for (TransitGateway g : model.transitGateways()) {
            gateways.putIfAbsent(g.id(), g);
        }
        model.vpcs().forEach(v -> vpcRegions.putIfAbsent(v.id(), v.region()));
        for (TransitGatewayAttachment a : model.transitAttachments()) {
            attachments.putIfAbsent(a.id(), a);
            if (a.type() == TransitGatewayAttachment.Type.VPC && a.resourceId() != null) {
                byVpc.computeIfAbsent(a.resourceId(), k -> new ArrayList<>()).add(a);
            } else if (a.type() == TransitGatewayAttachment.Type.VPN || a.type() == TransitGatewayAttachment.Type.DIRECT_CONNECT_GATEWAY) {
                onPremises.add(a);
                onPremisesPrefixes.put(a.id(), propagatedPrefixes(model, a));
            }
        }
        for (TransitGatewayRouteTable t : model.transitRouteTables()) {
            if (tables.putIfAbsent(t.id(), t) == null) {
                routes.put(t.id(), effectiveRoutes(model, t));
            }
        }
    }

    /** Static routes, then the propagated ones, skipping a VPC whose CIDR overlaps one propagated earlier [TGWVPC]. */
    private List<TgwRoute> effectiveRoutes(NetworkModel model, TransitGatewayRouteTable t) {
        List<TgwRoute> out = new ArrayList<>();
        for (TransitGatewayRouteTable.StaticRoute s : t.staticRoutes()) {
            out.add(new TgwRoute(s.destination(), s.attachmentId(), s.blackhole(), true, out.size()));
        }
        List<TransitGatewayAttachment> propagating = new ArrayList<>();
        for (String id : t.propagations()) {
            TransitGatewayAttachment a = attachments.get(id);
            if (a != null && a.type() != TransitGatewayAttachment.Type.PEERING) {
                propagating.add(a);
            }
        }
        // "Already attached" is decided by creation time: the older VPC keeps its routes.
        propagating.sort(Comparator.comparing(a -> a.creationTime().isEmpty() ? "~" : a.creationTime()));
        List<Cidr> vpcCidrs = new ArrayList<>();
        for (TransitGatewayAttachment a : propagating) {
            List<Cidr> prefixes;
            if (a.type() == TransitGatewayAttachment.Type.VPC) {
                Vpc v = model.vpc(a.resourceId());
                prefixes = v == null ? List.of() : concat(v.ipv4Cidrs(), v.ipv6Cidrs());
                if (prefixes.stream().anyMatch(c -> vpcCidrs.stream().anyMatch(c::overlaps))) {
                    continue;
                }
                vpcCidrs.addAll(prefixes);
            } else {
                prefixes = onPremisesPrefixes.getOrDefault(a.id(), List.of());
            }
            for (Cidr c : prefixes) {
                out.add(new TgwRoute(c, a.id(), false, false, out.size()));
            }
        }
        return out;
    }

    private static List<Cidr> concat(List<Cidr> a, List<Cidr> b) {
        List<Cidr> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What a VPN attachment learns (its static routes, its customer gateway's networks) or a DX gateway allows. */
    private static List<Cidr> propagatedPrefixes(NetworkModel model, TransitGatewayAttachment a) {
        List<Cidr> out = new ArrayList<>();
        if (a.type() == TransitGatewayAttachment.Type.VPN) {
            VpnConnection vpn = model.get(a.resourceId(), VpnConnection.class);
            if (vpn != null && vpn.available()) {
                out.addAll(vpn.staticRoutes());
                CustomerGateway cgw = model.get(vpn.customerGatewayId(), CustomerGateway.class);
                if (cgw != null) {
                    out.addAll(cgw.cidrs());
                }
            }
        } else {
            DirectConnectGateway dx = model.get(a.resourceId(), DirectConnectGateway.class);
            if (dx != null) {
                for (DirectConnectGateway.Association x : dx.associations()) {
                    if (a.transitGatewayId().equals(x.gatewayId()) && x.associated()) {
                        out.addAll(x.allowedPrefixes());
                    }
                }
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return attachments.isEmpty();
    }

    public TransitGateway gateway(String id) {
        return gateways.get(id);
    }

    public TransitGatewayAttachment attachment(String id) {
        return id == null ? null : attachments.get(id);
    }

    public TransitGatewayRouteTable table(String id) {
        return id == null ? null : tables.get(id);
    }

    /** The attachment joining {@code vpcId} to transit gateway {@code tgwId}, or null. */
    public TransitGatewayAttachment vpcAttachment(String tgwId, String vpcId) {
        for (TransitGatewayAttachment a : byVpc.getOrDefault(vpcId, List.of())) {
            if (a.transitGatewayId().equals(tgwId)) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether an inbound rule of a group in {@code vpcA} may name a group in {@code vpcB} across a
     * transit gateway [TGWSGR]: both VPCs have an available attachment to one gateway in their
     * Region whose security group referencing is enabled, and so is each attachment's own option
     * (the gateway's defaults to disable, an attachment's to enable). Outbound rules never may; the
     * caller checks the direction.
     */
    public boolean referencesGroupsAcross(String vpcA, String vpcB) {
        for (TransitGatewayAttachment a : attachmentsOf(vpcA)) {
            TransitGateway g = gateways.get(a.transitGatewayId());
            TransitGatewayAttachment b = vpcAttachment(a.transitGatewayId(), vpcB);
            if (g != null && g.securityGroupReferencing() && a.available() && a.securityGroupReferencing()
                    && b != null && b.available() && b.securityGroupReferencing()
                    && inRegionOf(g, vpcA) && inRegionOf(g, vpcB)) {
                return true;
            }
        }
        return false;
    }

    /** A VPC or gateway without a Region in the data is taken to be in the other's. */
    private boolean inRegionOf(TransitGateway g, String vpcId) {
        String region = vpcRegions.getOrDefault(vpcId, "");
        return region.isEmpty() || g.region().isEmpty() || region.equals(g.region());
    }

    /** The VPC attachments of a VPC, to any transit gateway. */
    public List<TransitGatewayAttachment> attachmentsOf(String vpcId) {
        return byVpc.getOrDefault(vpcId, List.of());
    }

    /**
     * The route a table chooses for {@code ip}: the longest prefix; at an equal prefix a static
     * route (blackholes included) before a propagated one [TGW][TGWMON]; null when none matches.
     */
    public TgwRoute lookup(String tableId, IpAddress ip) {
        TgwRoute best = null;
        for (TgwRoute r : routes.getOrDefault(tableId, List.of())) {
            if (!r.destination().contains(ip)) {
                continue;
            }
            if (best == null || r.destination().prefixLength() > best.destination().prefixLength()
                    || (r.destination().prefixLength() == best.destination().prefixLength() && r.isStatic() && !best.isStatic())) {
                best = r;
            }
        }
        return best;
    }

    /**
     * A VPN or Direct Connect attachment on a transit gateway that {@code vpcId} is attached to and
     * whose prefixes hold {@code source}: where a packet from on premises enters, or null.
     */
    public TransitGatewayAttachment onPremisesAttachmentFor(String vpcId, IpAddress source) {
        for (TransitGatewayAttachment vpcSide : attachmentsOf(vpcId)) {
            for (TransitGatewayAttachment a : onPremises) {
                if (a.transitGatewayId().equals(vpcSide.transitGatewayId())
                        && onPremisesPrefixes.getOrDefault(a.id(), List.of()).stream().anyMatch(c -> c.contains(source))) {
                    return a;
                }
            }
        }
        return null;
    }
}
