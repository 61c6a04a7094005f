package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.check.Findings;
import io.hopscope.check.Problem;
import io.hopscope.check.Severity;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkAcl;
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
import io.hopscope.model.VpnGateway;
import io.hopscope.model.Workload;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Makes every reference of an imported model name an existing resource of the right kind, the
 * way {@code ReferencesRule} checks them: a missing required target drops the resource (a subnet
 * without its VPC), a missing optional one is cleared (a NAT gateway's deleted interface), ids in
 * lists are removed, a route to a missing target becomes a blackhole and a security group rule
 * naming a missing group is dropped. Repeats until nothing more is dropped; linear per pass.
 */
final class ReferenceRepair {

    private final Function<String, String> where;
    private final List<Problem> report;
    private NetworkModel model;
    private Map<String, ResourceKind> kinds;

    ReferenceRepair(NetworkModel model, Function<String, String> where, List<Problem> report) {
        this.model = model;
        this.where = where;
        this.report = report;
    }

    NetworkModel repair() {
        boolean dropped = true;
        while (dropped) {
            kinds = new HashMap<>();
            model.allResources().forEach(r -> kinds.putIfAbsent(r.id(), r.kind()));
            List<Resource> kept = new ArrayList<>();
            dropped = false;
            for (Resource r : model.allResources()) {
                Resource fixed = fix(r);
                if (fixed == null) {
                    dropped = true;
                } else {
                    kept.add(fixed);
                }
            }
            model = NetworkModel.builder().addAll(kept).build();
        }
        return model;
    }

    /** The resource with its references repaired, or null when a required one is missing. */
    private Resource fix(Resource r) {
        if (r instanceof Subnet s) {
            return required(s, s.vpcId(), ResourceKind.VPC, "VPC") ? s : null;
        }
        if (r instanceof RouteTable t) {
            return required(t, t.vpcId(), ResourceKind.VPC, "VPC")
                    ? t.withSubnetIds(ids(t, "subnet", t.subnetIds(), ResourceKind.SUBNET)).withRoutes(routes(t)) : null;
        }
        if (r instanceof NetworkAcl a) {
            return required(a, a.vpcId(), ResourceKind.VPC, "VPC")
                    ? a.withSubnetIds(ids(a, "subnet", a.subnetIds(), ResourceKind.SUBNET)) : null;
        }
        if (r instanceof SecurityGroup g) {
            return required(g, g.vpcId(), ResourceKind.VPC, "VPC")
                    ? g.withInbound(rules(g, g.inbound())).withOutbound(rules(g, g.outbound())) : null;
        }
        if (r instanceof InternetGateway g) {
            return optional(g, g.vpcId(), ResourceKind.VPC, "VPC") ? g : new InternetGateway(g.id(), g.name(), null);
        }
        if (r instanceof EgressOnlyInternetGateway g) {
            return required(g, g.vpcId(), ResourceKind.VPC, "VPC") ? g : null;
        }
        if (r instanceof VpnGateway g) {
            return optional(g, g.vpcId(), ResourceKind.VPC, "VPC") ? g : new VpnGateway(g.id(), g.name(), null);
        }
        if (r instanceof NatGateway n) {
            if (!required(n, n.subnetId(), ResourceKind.SUBNET, "subnet")) {
                return null;
            }
            return optional(n, n.networkInterfaceId(), ResourceKind.NETWORK_INTERFACE, "network interface") ? n
                    : new NatGateway(n.id(), n.name(), n.subnetId(), n.publicConnectivity(), n.privateIp(),
                            n.elasticIp(), null, n.state());
        }
        if (r instanceof VpcEndpoint e) {
            if (!required(e, e.vpcId(), ResourceKind.VPC, "VPC")) {
                return null;
            }
            return new VpcEndpoint(e.id(), e.name(), e.vpcId(), e.type(), e.serviceName(),
                    ids(e, "route table", e.routeTableIds(), ResourceKind.ROUTE_TABLE),
                    ids(e, "subnet", e.subnetIds(), ResourceKind.SUBNET),
                    ids(e, "network interface", e.networkInterfaceIds(), ResourceKind.NETWORK_INTERFACE),
                    ids(e, "security group", e.securityGroupIds(), ResourceKind.SECURITY_GROUP), e.state());
        }
        if (r instanceof VpcPeeringConnection p) {
            // [PCX] one side may be in another account or Region; the validator accepts that.
            return exists(p.requesterVpcId(), ResourceKind.VPC) || exists(p.accepterVpcId(), ResourceKind.VPC) ? p
                    : required(p, p.requesterVpcId(), ResourceKind.VPC, "requester VPC")
                    && required(p, p.accepterVpcId(), ResourceKind.VPC, "accepter VPC") ? p : null;
        }
        if (r instanceof NetworkInterface n) {
            return required(n, n.subnetId(), ResourceKind.SUBNET, "subnet")
                    ? n.withSecurityGroupIds(ids(n, "security group", n.securityGroupIds(), ResourceKind.SECURITY_GROUP))
                    : null;
        }
        if (r instanceof Workload w) {
            List<String> enis = ids(w, "network interface", w.networkInterfaceIds(), ResourceKind.NETWORK_INTERFACE);
            return enis.equals(w.networkInterfaceIds()) ? w
                    : new Workload(w.id(), w.name(), w.workloadKind(), enis, w.clientProfile());
        }
        if (r instanceof ExternalEndpoint x) {
            boolean list = optional(x, x.prefixListId(), ResourceKind.PREFIX_LIST, "prefix list");
            boolean gateway = optional(x, x.gatewayId(), ResourceKind.VPN_GATEWAY, "VPN gateway");
            return list && gateway ? x : new ExternalEndpoint(x.id(), x.name(), x.externalKind(), x.cidrs(),
                    x.serviceName(), list ? x.prefixListId() : null, gateway ? x.gatewayId() : null);
        }
        return r;
    }

    private boolean exists(String id, ResourceKind kind) {
        return id != null && kinds.get(id) == kind;
    }

    private boolean required(Resource r, String id, ResourceKind kind, String what) {
        if (exists(id, kind)) {
            return true;
        }
        note(Severity.ERROR, r, Text.of("import.aws.repair.dropped", Findings.described(r), Text.of("import.aws.ref." + what.replace(' ', '_')), id));
        return false;
    }

    /** True when the optional reference is absent or resolves; false (with a note) when it must be cleared. */
    private boolean optional(Resource r, String id, ResourceKind kind, String what) {
        if (id == null || id.isEmpty() || exists(id, kind)) {
            return true;
        }
        note(Severity.WARNING, r, Text.of("import.aws.repair.cleared", Findings.described(r),
                Text.of("import.aws.ref." + what.replace(' ', '_')), id));
        return false;
    }

    private List<String> ids(Resource r, String what, List<String> ids, ResourceKind kind) {
        List<String> kept = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (exists(id, kind)) {
                kept.add(id);
            } else {
                note(Severity.WARNING, r, Text.of("import.aws.repair.unlisted", Findings.described(r),
                        Text.of("import.aws.ref." + what.replace(' ', '_')), id));
            }
        }
        return kept.size() == ids.size() ? ids : kept;
    }

    private List<Route> routes(RouteTable t) {
        List<Route> out = new ArrayList<>(t.routes().size());
        for (Route route : t.routes()) {
            ResourceKind kind = targetKind(route);
            if (route.prefixListId() != null && !exists(route.prefixListId(), ResourceKind.PREFIX_LIST)) {
                note(Severity.WARNING, t, Text.of("import.aws.repair.routePrefixList", route.toString(), Findings.described(t)));
            } else if (kind != null && !route.blackhole() && !exists(route.targetId(), kind)) {
                // [RT] AWS itself shows a route whose target was deleted as a blackhole.
                note(Severity.WARNING, t, Text.of("import.aws.repair.routeBlackhole", route.toString(), Findings.described(t)));
                out.add(route.asBlackhole());
            } else {
                out.add(route);
            }
        }
        return out;
    }

    private static ResourceKind targetKind(Route r) {
        return switch (r.targetKind()) {
            case INTERNET_GATEWAY -> ResourceKind.INTERNET_GATEWAY;
            case EGRESS_ONLY_INTERNET_GATEWAY -> ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY;
            case NAT_GATEWAY -> ResourceKind.NAT_GATEWAY;
            case VPC_PEERING_CONNECTION -> ResourceKind.VPC_PEERING_CONNECTION;
            case GATEWAY_ENDPOINT -> ResourceKind.VPC_ENDPOINT;
            case VPN_GATEWAY -> ResourceKind.VPN_GATEWAY;
            case NETWORK_INTERFACE -> ResourceKind.NETWORK_INTERFACE;
            // Transit gateways are not modelled yet; a kind added later is not checked until it is.
            default -> null;
        };
    }

    private List<SgRule> rules(SecurityGroup g, List<SgRule> rules) {
        List<SgRule> kept = new ArrayList<>(rules.size());
        for (SgRule rule : rules) {
            SgPeerKind k = rule.peer().kind();
            ResourceKind kind = k == SgPeerKind.SECURITY_GROUP ? ResourceKind.SECURITY_GROUP
                    : k == SgPeerKind.PREFIX_LIST ? ResourceKind.PREFIX_LIST : null;
            if (kind != null && !exists(rule.peer().refId(), kind)) {
                note(Severity.WARNING, g, Text.of("import.aws.repair.ruleDropped", Findings.described(g), rule.peer().refId()));
            } else {
                kept.add(rule);
            }
        }
        return kept.size() == rules.size() ? rules : kept;
    }

    private void note(Severity severity, Resource r, Text message) {
        report.add(new Problem(severity, where.apply(r.id()), message, r.id()));
    }
}
