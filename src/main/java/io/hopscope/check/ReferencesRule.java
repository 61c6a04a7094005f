package io.hopscope.check;

import io.hopscope.text.Text;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.LoadBalancer;
import io.hopscope.model.TargetGroup;
import io.hopscope.model.TargetType;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
import io.hopscope.model.LongLoop;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.SecurityGroup;
import io.hopscope.model.SgPeerKind;
import io.hopscope.model.SgRule;
import io.hopscope.model.Subnet;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.VirtualInterface;
import io.hopscope.model.VpnConnection;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.List;

/**
 * Every reference field of every record names an existing resource of the right kind:
 * a subnet's VPC, a route's target, an ENI's security groups, a workload's interfaces...
 */
public final class ReferencesRule implements ModelRule {

    @Override
    public String findingsName() {
        return "broken references";
    }

    @Override
    public void check(NetworkModel m, Findings f) {
        Refs refs = new Refs(m, f);
        m.subnets().forEach(s -> refs.one(s, ".vpc", s.vpcId(), ResourceKind.VPC));
        for (RouteTable t : m.routeTables()) {
            refs.one(t, ".vpc", t.vpcId(), ResourceKind.VPC);
            refs.all(t, ".subnets", t.subnetIds(), ResourceKind.SUBNET);
            refs.all(t, ".propagatingVgws", t.propagatingVgwIds(), ResourceKind.VPN_GATEWAY);
            for (int i = 0; i < t.routes().size(); i++) {
                route(refs, t, i, t.routes().get(i));
            }
        }
        for (NetworkAcl a : m.networkAcls()) {
            refs.one(a, ".vpc", a.vpcId(), ResourceKind.VPC);
            refs.all(a, ".subnets", a.subnetIds(), ResourceKind.SUBNET);
        }
        LongLoop.forEach(m.securityGroups(), g -> {
            refs.one(g, ".vpc", g.vpcId(), ResourceKind.VPC);
            sgRules(refs, g, ".inbound", g.inbound());
            sgRules(refs, g, ".outbound", g.outbound());
        });
        for (InternetGateway g : m.internetGateways()) {
            refs.optional(g, ".vpc", g.vpcId(), ResourceKind.VPC);
        }
        for (EgressOnlyInternetGateway g : m.egressOnlyInternetGateways()) {
            refs.one(g, ".vpc", g.vpcId(), ResourceKind.VPC);
        }
        for (NatGateway n : m.natGateways()) {
            refs.one(n, ".subnet", n.subnetId(), ResourceKind.SUBNET);
            refs.optional(n, ".networkInterface", n.networkInterfaceId(), ResourceKind.NETWORK_INTERFACE);
        }
        for (VpcEndpoint e : m.vpcEndpoints()) {
            refs.one(e, ".vpc", e.vpcId(), ResourceKind.VPC);
            refs.all(e, ".routeTables", e.routeTableIds(), ResourceKind.ROUTE_TABLE);
            refs.all(e, ".subnets", e.subnetIds(), ResourceKind.SUBNET);
            refs.all(e, ".networkInterfaces", e.networkInterfaceIds(), ResourceKind.NETWORK_INTERFACE);
            refs.all(e, ".securityGroups", e.securityGroupIds(), ResourceKind.SECURITY_GROUP);
        }
        for (VpcPeeringConnection p : m.peeringConnections()) {
            peering(refs, m, f, p);
        }
        for (VpnGateway g : m.vpnGateways()) {
            refs.optional(g, ".vpc", g.vpcId(), ResourceKind.VPC);
        }
        // The two passes over 10,000 records at quota scale (see LongLoop).
        LongLoop.forEach(m.networkInterfaces(), n -> {
            refs.one(n, ".subnet", n.subnetId(), ResourceKind.SUBNET);
            refs.all(n, ".securityGroups", n.securityGroupIds(), ResourceKind.SECURITY_GROUP);
        });
        LongLoop.forEach(m.workloads(),
                w -> refs.all(w, ".networkInterfaces", w.networkInterfaceIds(), ResourceKind.NETWORK_INTERFACE));
        for (VpnConnection v : m.vpnConnections()) {
            refs.optional(v, ".vpnGateway", v.vpnGatewayId(), ResourceKind.VPN_GATEWAY);
            refs.optional(v, ".customerGateway", v.customerGatewayId(), ResourceKind.CUSTOMER_GATEWAY);
        }
        for (VirtualInterface v : m.virtualInterfaces()) {
            refs.optional(v, ".vpnGateway", v.vpnGatewayId(), ResourceKind.VPN_GATEWAY);
            refs.optional(v, ".directConnectGateway", v.directConnectGatewayId(), ResourceKind.DIRECT_CONNECT_GATEWAY);
        }
        for (LoadBalancer lb : m.loadBalancers()) {
            refs.one(lb, ".vpc", lb.vpcId(), ResourceKind.VPC);
            refs.all(lb, ".subnets", lb.subnetIds(), ResourceKind.SUBNET);
            refs.all(lb, ".securityGroups", lb.securityGroupIds(), ResourceKind.SECURITY_GROUP);
            refs.all(lb, ".networkInterfaces", lb.networkInterfaceIds(), ResourceKind.NETWORK_INTERFACE);
            for (int i = 0; i < lb.listeners().size(); i++) {
                refs.all(lb, ".listeners[" + i + "].targetGroups", lb.listeners().get(i).targetGroupIds(),
                        ResourceKind.TARGET_GROUP);
            }
        }
        for (TargetGroup tg : m.targetGroups()) {
            refs.optional(tg, ".vpc", tg.vpcId(), ResourceKind.VPC);
            for (int i = 0; i < tg.targets().size(); i++) {
                String id = tg.targets().get(i).id();
                if (tg.targetType() == TargetType.INSTANCE && !refs.resolves(id, ResourceKind.WORKLOAD)) {
                    refs.one(tg, ".targets[" + i + "].id", id, ResourceKind.WORKLOAD);
                }
            }
        }
        for (ExternalEndpoint e : m.externals()) {
            refs.optional(e, ".prefixList", e.prefixListId(), ResourceKind.PREFIX_LIST);
            refs.optional(e, ".gateway", e.gatewayId(), ResourceKind.VPN_GATEWAY);
        }
    }

    /**
     * [PCX] One side of a peering may be a VPC of another account or Region, outside the model:
     * that is a note, not a broken reference. With neither side in the model it is an error.
     */
    private static void peering(Refs refs, NetworkModel m, Findings f, VpcPeeringConnection p) {
        boolean requesterOutside = p.requesterVpcId() != null && !p.requesterVpcId().isEmpty()
                && m.find(p.requesterVpcId()).isEmpty();
        boolean accepterOutside = p.accepterVpcId() != null && !p.accepterVpcId().isEmpty()
                && m.find(p.accepterVpcId()).isEmpty();
        if (requesterOutside && !accepterOutside) {
            refs.one(p, ".accepterVpc", p.accepterVpcId(), ResourceKind.VPC);
            f.warning(p, ".requesterVpc", Text.of("check.ref.vpcOutside", p.requesterVpcId()));
        } else if (accepterOutside && !requesterOutside) {
            refs.one(p, ".requesterVpc", p.requesterVpcId(), ResourceKind.VPC);
            f.warning(p, ".accepterVpc", Text.of("check.ref.vpcOutside", p.accepterVpcId()));
        } else {
            refs.one(p, ".requesterVpc", p.requesterVpcId(), ResourceKind.VPC);
            refs.one(p, ".accepterVpc", p.accepterVpcId(), ResourceKind.VPC);
        }
    }

    private static void route(Refs refs, RouteTable t, int i, Route r) {
        if (r.prefixListId() != null && !refs.resolves(r.prefixListId(), ResourceKind.PREFIX_LIST)) {
            refs.one(t, ".routes[" + i + "].destinationPrefixList", r.prefixListId(), ResourceKind.PREFIX_LIST);
        }
        ResourceKind kind = targetKind(r);
        // A blackhole route's target is gone by definition [RT]; it is not a broken reference.
        if (kind != null && !r.blackhole() && !refs.resolves(r.targetId(), kind)) {
            refs.one(t, ".routes[" + i + "].target", r.targetId(), kind);
        }
    }

    /** The kind of resource a route's target must be; null for a target the model cannot check. */
    public static ResourceKind targetKind(Route r) {
        return switch (r.targetKind()) {
            case INTERNET_GATEWAY -> ResourceKind.INTERNET_GATEWAY;
            case EGRESS_ONLY_INTERNET_GATEWAY -> ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY;
            case NAT_GATEWAY -> ResourceKind.NAT_GATEWAY;
            case VPC_PEERING_CONNECTION -> ResourceKind.VPC_PEERING_CONNECTION;
            case GATEWAY_ENDPOINT -> ResourceKind.VPC_ENDPOINT;
            case VPN_GATEWAY -> ResourceKind.VPN_GATEWAY;
            case NETWORK_INTERFACE -> ResourceKind.NETWORK_INTERFACE;
            // The model has no transit gateways yet, so their ids cannot be checked.
            case TRANSIT_GATEWAY, LOCAL, UNSUPPORTED -> null;
        };
    }

    private static void sgRules(Refs refs, SecurityGroup g, String list, List<SgRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            SgRule rule = rules.get(i);
            String id = rule.peer().refId();
            if (rule.peer().kind() == SgPeerKind.SECURITY_GROUP && !refs.resolves(id, ResourceKind.SECURITY_GROUP)) {
                refs.one(g, list + "[" + i + "].securityGroup", id, ResourceKind.SECURITY_GROUP);
            } else if (rule.peer().kind() == SgPeerKind.PREFIX_LIST && !refs.resolves(id, ResourceKind.PREFIX_LIST)) {
                refs.one(g, list + "[" + i + "].prefixList", id, ResourceKind.PREFIX_LIST);
            }
        }
    }

    /**
     * Reports a reference that names nothing, or something of another kind. A list's field path
     * is written only for a broken entry: tens of thousands of good rules need none.
     */
    private record Refs(NetworkModel model, Findings findings) {

        boolean resolves(String id, ResourceKind expected) {
            if (id == null || id.isEmpty()) {
                return false;
            }
            Resource target = model.find(id).orElse(null);
            return target != null && target.kind() == expected;
        }

        void one(Resource owner, String field, String id, ResourceKind expected) {
            if (id == null || id.isEmpty()) {
                findings.error(owner, field, Text.of("check.ref.needs", Findings.described(owner), Findings.kind(expected)));
                return;
            }
            optional(owner, field, id, expected);
        }

        void optional(Resource owner, String field, String id, ResourceKind expected) {
            if (id == null || id.isEmpty()) {
                return;
            }
            Resource target = model.find(id).orElse(null);
            if (target == null) {
                findings.error(owner, field, Text.of("check.ref.unknown", Findings.kind(expected), id));
            } else if (target.kind() != expected) {
                findings.error(owner, field, Text.of("check.ref.wrongKind", id,
                        Findings.kind(target.kind()), Findings.kind(expected)));
            }
        }

        void all(Resource owner, String field, List<String> ids, ResourceKind expected) {
            for (int i = 0; i < ids.size(); i++) {
                if (!resolves(ids.get(i), expected)) {
                    one(owner, field + "[" + i + "]", ids.get(i), expected);
                }
            }
        }
    }
}
