package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.check.Findings;
import io.hopscope.check.Problem;
import io.hopscope.check.ReferencesRule;
import io.hopscope.check.Severity;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.ExternalEndpoint;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.LongLoop;
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
import java.util.List;
import java.util.function.Function;

/**
 * One pass of {@link ReferenceRepair} over a share of a model's resources: each resource with its
 * references repaired (or dropped), and a problem for each repair, in the share's order. It only
 * reads the model (whose lookups are built before) and the import's locations, so the two halves
 * of a quota-scale model's 40,000 resources run on two cores.
 */
final class ReferenceFixes {

    private final NetworkModel model;
    private final Function<String, String> where;
    private final List<Problem> report = new ArrayList<>();
    private List<Resource> kept;
    private boolean dropped;
    private boolean changed;

    ReferenceFixes(NetworkModel model, Function<String, String> where) {
        this.model = model;
        this.where = where;
    }

    /** Repairs {@code resources}: a LongLoop, 20,000 resources a share at quota scale. */
    ReferenceFixes over(List<Resource> resources) {
        kept = new ArrayList<>(resources.size());
        LongLoop.forEach(resources, this::keep);
        return this;
    }

    /** The resources kept, repaired, in their order. */
    List<Resource> kept() {
        return kept;
    }

    List<Problem> problems() {
        return report;
    }

    /** A resource lacked a required reference and is not among those kept. */
    boolean dropped() {
        return dropped;
    }

    /** A kept resource is not the one given (a reference was cleared or removed). */
    boolean changed() {
        return changed;
    }

    private void keep(Resource r) {
        Resource fixed = fix(r);
        if (fixed == null) {
            dropped = true;
        } else {
            changed |= fixed != r;
            kept.add(fixed);
        }
    }

    /** The resource with its references repaired, or null when a required one is missing. */
    private Resource fix(Resource r) {
        if (r instanceof Subnet s) {
            return required(s, s.vpcId(), ResourceKind.VPC, "VPC") ? s : null;
        }
        if (r instanceof RouteTable t) {
            if (!required(t, t.vpcId(), ResourceKind.VPC, "VPC")) {
                return null;
            }
            List<String> subnets = ids(t, "subnet", t.subnetIds(), ResourceKind.SUBNET);
            List<Route> routes = routes(t);
            return subnets == t.subnetIds() && routes == t.routes() ? t : t.withSubnetIds(subnets).withRoutes(routes);
        }
        if (r instanceof NetworkAcl a) {
            if (!required(a, a.vpcId(), ResourceKind.VPC, "VPC")) {
                return null;
            }
            List<String> subnets = ids(a, "subnet", a.subnetIds(), ResourceKind.SUBNET);
            return subnets == a.subnetIds() ? a : a.withSubnetIds(subnets);
        }
        if (r instanceof SecurityGroup g) {
            if (!required(g, g.vpcId(), ResourceKind.VPC, "VPC")) {
                return null;
            }
            List<SgRule> inbound = rules(g, g.inbound());
            List<SgRule> outbound = rules(g, g.outbound());
            return inbound == g.inbound() && outbound == g.outbound() ? g : g.withInbound(inbound).withOutbound(outbound);
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
            List<String> tables = ids(e, "route table", e.routeTableIds(), ResourceKind.ROUTE_TABLE);
            List<String> subnets = ids(e, "subnet", e.subnetIds(), ResourceKind.SUBNET);
            List<String> enis = ids(e, "network interface", e.networkInterfaceIds(), ResourceKind.NETWORK_INTERFACE);
            List<String> groups = ids(e, "security group", e.securityGroupIds(), ResourceKind.SECURITY_GROUP);
            return tables == e.routeTableIds() && subnets == e.subnetIds() && enis == e.networkInterfaceIds()
                    && groups == e.securityGroupIds() ? e
                    : new VpcEndpoint(e.id(), e.name(), e.vpcId(), e.type(), e.serviceName(), tables, subnets, enis, groups,
                            e.state());
        }
        if (r instanceof VpcPeeringConnection p) {
            // [PCX] one side may be in another account or Region; the validator accepts that.
            return exists(p.requesterVpcId(), ResourceKind.VPC) || exists(p.accepterVpcId(), ResourceKind.VPC) ? p
                    : required(p, p.requesterVpcId(), ResourceKind.VPC, "requester VPC")
                    && required(p, p.accepterVpcId(), ResourceKind.VPC, "accepter VPC") ? p : null;
        }
        if (r instanceof NetworkInterface n) {
            if (!required(n, n.subnetId(), ResourceKind.SUBNET, "subnet")) {
                return null;
            }
            List<String> groups = ids(n, "security group", n.securityGroupIds(), ResourceKind.SECURITY_GROUP);
            return groups == n.securityGroupIds() ? n : n.withSecurityGroupIds(groups);
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

    /** The model's own lookup by id: the first resource with an id wins, as in every reader of a model. */
    private boolean exists(String id, ResourceKind kind) {
        Resource r = id == null ? null : model.get(id, Resource.class);
        return r != null && r.kind() == kind;
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

    /** The ids that resolve; the very list (no copy: 40,000 calls) when all do. */
    private List<String> ids(Resource r, String what, List<String> ids, ResourceKind kind) {
        List<String> resolved = null;
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!exists(id, kind)) {
                resolved = resolved != null ? resolved : new ArrayList<>(ids.subList(0, i));
                note(Severity.WARNING, r, Text.of("import.aws.repair.unlisted", Findings.described(r),
                        Text.of("import.aws.ref." + what.replace(' ', '_')), id));
            } else if (resolved != null) {
                resolved.add(id);
            }
        }
        return resolved == null ? ids : resolved;
    }

    /** The table's routes with the broken ones repaired; the very list when none is. */
    private List<Route> routes(RouteTable t) {
        List<Route> out = new ArrayList<>(t.routes().size());
        boolean changed = false;
        for (Route route : t.routes()) {
            ResourceKind kind = ReferencesRule.targetKind(route);
            if (route.prefixListId() != null && !exists(route.prefixListId(), ResourceKind.PREFIX_LIST)) {
                note(Severity.WARNING, t, Text.of("import.aws.repair.routePrefixList", route.toString(), Findings.described(t)));
                changed = true;
            } else if (kind != null && !route.blackhole() && !exists(route.targetId(), kind)) {
                // [RT] AWS itself shows a route whose target was deleted as a blackhole.
                note(Severity.WARNING, t, Text.of("import.aws.repair.routeBlackhole", route.toString(), Findings.described(t)));
                out.add(route.asBlackhole());
                changed = true;
            } else {
                out.add(route);
            }
        }
        return changed ? out : t.routes();
    }

    private List<SgRule> rules(SecurityGroup g, List<SgRule> rules) {
        List<SgRule> resolved = null;
        for (int i = 0; i < rules.size(); i++) {
            SgRule rule = rules.get(i);
            SgPeerKind k = rule.peer().kind();
            ResourceKind kind = k == SgPeerKind.SECURITY_GROUP ? ResourceKind.SECURITY_GROUP
                    : k == SgPeerKind.PREFIX_LIST ? ResourceKind.PREFIX_LIST : null;
            if (kind != null && !exists(rule.peer().refId(), kind)) {
                resolved = resolved != null ? resolved : new ArrayList<>(rules.subList(0, i));
                note(Severity.WARNING, g, Text.of("import.aws.repair.ruleDropped", Findings.described(g), rule.peer().refId()));
            } else if (resolved != null) {
                resolved.add(rule);
            }
        }
        return resolved == null ? rules : resolved;
    }

    private void note(Severity severity, Resource r, Text message) {
        report.add(new Problem(severity, where.apply(r.id()), message, r.id()));
    }
}
