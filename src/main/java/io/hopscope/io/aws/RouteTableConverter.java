package io.hopscope.io.aws;

import io.hopscope.text.Text;
import io.hopscope.io.aws.describe.AwsRouteTable;
import io.hopscope.io.aws.describe.AwsSnapshot;
import io.hopscope.io.aws.describe.AwsTag;
import io.hopscope.io.aws.describe.Sourced;
import io.hopscope.model.EgressOnlyInternetGateway;
import io.hopscope.model.InternetGateway;
import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.Route;
import io.hopscope.model.RouteTable;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcEndpoint;
import io.hopscope.model.VpcPeeringConnection;
import io.hopscope.model.TransitGateway;
import io.hopscope.model.VpnGateway;
import io.hopscope.model.net.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Route tables: associations (Main, SubnetId) and every route target field the EC2 API prints [RT].
 * A route to a target that is not in the snapshot is kept as a blackhole, the state AWS itself
 * gives a route whose target was deleted, so the model stays consistent and no traffic is invented.
 */
final class RouteTableConverter {

    private final AwsSnapshot snapshot;
    private final ImportContext ctx;
    private final Function<String, String> primaryEniOfInstance;

    RouteTableConverter(AwsSnapshot snapshot, ImportContext ctx, Function<String, String> primaryEniOfInstance) {
        this.snapshot = snapshot;
        this.ctx = ctx;
        this.primaryEniOfInstance = primaryEniOfInstance;
    }

    void convert() {
        Map<String, String> tableOfSubnet = new HashMap<>();
        Map<String, String> mainOfVpc = new HashMap<>();
        for (Sourced<AwsRouteTable> s : snapshot.all(AwsRouteTable.class)) {
            AwsRouteTable t = s.value();
            String id = t.routeTableId();
            if (ctx.missingId(s, "RouteTableId", id)) {
                continue;
            }
            if (ctx.get(t.vpcId(), Vpc.class) == null) {
                ctx.error(s, "VpcId", Text.of("import.aws.routeTable.unknownVpc", t.vpcId(), id), id);
                continue;
            }
            boolean main = false;
            List<String> subnets = new ArrayList<>();
            for (int i = 0; i < t.associations().size(); i++) {
                AwsRouteTable.Association a = t.associations().get(i);
                String field = "Associations[" + i + "]";
                if (Boolean.TRUE.equals(a.main())) {
                    if (mainOfVpc.containsKey(t.vpcId())) {
                        ctx.error(s, field + ".Main", Text.of("import.aws.routeTable.secondMain", t.vpcId(), mainOfVpc.get(t.vpcId())), id);
                    } else {
                        mainOfVpc.put(t.vpcId(), id);
                        main = true;
                    }
                }
                if (a.subnetId() == null) {
                    continue;
                }
                Subnet subnet = ctx.get(a.subnetId(), Subnet.class);
                if (subnet == null) {
                    ctx.error(s, field + ".SubnetId", Text.of("import.aws.routeTable.unknownSubnet", a.subnetId()), id);
                } else if (!subnet.vpcId().equals(t.vpcId())) {
                    ctx.error(s, field + ".SubnetId", Text.of("import.aws.routeTable.subnetInOtherVpc", a.subnetId(), subnet.vpcId(), t.vpcId()), id);
                } else if (tableOfSubnet.containsKey(a.subnetId())) {
                    ctx.error(s, field + ".SubnetId", Text.of("import.aws.routeTable.subnetAssociated", a.subnetId(), tableOfSubnet.get(a.subnetId())), id);
                } else {
                    tableOfSubnet.put(a.subnetId(), id);
                    subnets.add(a.subnetId());
                }
            }
            List<Route> routes = new ArrayList<>();
            for (int i = 0; i < t.routes().size(); i++) {
                Route r = route(s, "Routes[" + i + "]", t.routes().get(i), id);
                if (r != null) {
                    routes.add(r);
                }
            }
            ctx.add(new RouteTable(id, AwsTag.nameOf(t.tags()), t.vpcId(), main, subnets, routes,
                    propagatingVgws(s, t)), s);
        }
    }

    /** [VGWPROP] the VGWs this table receives routes from; an unknown one is reported and left out. */
    private List<String> propagatingVgws(Sourced<AwsRouteTable> s, AwsRouteTable t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.propagatingVgws().size(); i++) {
            String vgw = t.propagatingVgws().get(i).gatewayId();
            if (ctx.get(vgw, VpnGateway.class) == null) {
                ctx.error(s, "PropagatingVgws[" + i + "].GatewayId", Text.of("import.aws.routeTable.unknownPropagatingGateway", vgw), t.routeTableId());
            } else if (!out.contains(vgw)) {
                out.add(vgw);
            }
        }
        return out;
    }

    private Route route(Sourced<?> s, String at, AwsRouteTable.Route r, String tableId) {
        Cidr destination = null;
        String prefixList = null;
        if (r.destinationCidrBlock() != null) {
            destination = ctx.cidr(s, at + ".DestinationCidrBlock", r.destinationCidrBlock(), Text.of("import.aws.then.routeSkipped"), tableId);
        } else if (r.destinationIpv6CidrBlock() != null) {
            destination = ctx.cidr(s, at + ".DestinationIpv6CidrBlock", r.destinationIpv6CidrBlock(), Text.of("import.aws.then.routeSkipped"),
                    tableId);
        } else if (r.destinationPrefixListId() != null) {
            prefixList = r.destinationPrefixListId();
            if (!ctx.has(prefixList)) {
                ctx.warning(s, at + ".DestinationPrefixListId", Text.of("import.aws.routeTable.unknownPrefixList", prefixList), tableId);
                ctx.add(ImportContext.unknownPrefixList(prefixList), s);
            }
        } else {
            ctx.error(s, at, Text.of("import.aws.routeTable.noDestination"), tableId);
            return null;
        }
        if (destination == null && prefixList == null) {
            return null;
        }
        Target target = target(r);
        if (target == null) {
            String other = r.carrierGatewayId() != null ? r.carrierGatewayId()
                    : r.localGatewayId() != null ? r.localGatewayId() : r.coreNetworkArn();
            if (other != null) {
                // Kept: a trace that reaches it ends UNKNOWN rather than pretending the route is not there (rulebook 12).
                ctx.warning(s, at, Text.of("import.aws.routeTable.unmodelledTarget", other), tableId);
                return new Route(destination, prefixList, RouteTargetKind.UNSUPPORTED, other, false, propagated(r));
            } else {
                ctx.error(s, at, Text.of("import.aws.routeTable.noTarget"), tableId);
            }
            return null;
        }
        if (target.kind == RouteTargetKind.NETWORK_INTERFACE && target.id == null) {
            ctx.error(s, at + ".InstanceId", Text.of("import.aws.routeTable.instanceNoInterface", r.instanceId()), tableId);
            return new Route(destination, prefixList, target.kind, r.instanceId(), true, propagated(r));
        }
        boolean blackhole = "blackhole".equalsIgnoreCase(r.state());
        if (!blackhole && !targetExists(target)) {
            if (target.kind == RouteTargetKind.TRANSIT_GATEWAY) {
                ctx.warning(s, at + "." + target.field, Text.of("import.aws.routeTable.unknownTransitGateway", target.id), tableId);
            } else {
                ctx.error(s, at + "." + target.field, Text.of("import.aws.routeTable.unknownTarget", target.id), tableId);
                blackhole = true;
            }
        }
        return new Route(destination, prefixList, target.kind, target.id, blackhole, propagated(r));
    }

    /** Routes a VPN gateway propagates carry Origin EnableVgwRoutePropagation (some tools print CreateRoutePropagation). */
    private static boolean propagated(AwsRouteTable.Route r) {
        return "EnableVgwRoutePropagation".equals(r.origin()) || "CreateRoutePropagation".equals(r.origin());
    }

    private record Target(RouteTargetKind kind, String id, String field) {
    }

    private Target target(AwsRouteTable.Route r) {
        if (r.gatewayId() != null) {
            String g = r.gatewayId();
            if (g.equals("local")) {
                return new Target(RouteTargetKind.LOCAL, "local", "GatewayId");
            }
            if (g.startsWith("igw-")) {
                return new Target(RouteTargetKind.INTERNET_GATEWAY, g, "GatewayId");
            }
            if (g.startsWith("vgw-")) {
                return new Target(RouteTargetKind.VPN_GATEWAY, g, "GatewayId");
            }
            if (g.startsWith("vpce-")) {
                return new Target(RouteTargetKind.GATEWAY_ENDPOINT, g, "GatewayId");
            }
            if (g.startsWith("eigw-")) {
                return new Target(RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, g, "GatewayId");
            }
        }
        if (r.egressOnlyInternetGatewayId() != null) {
            return new Target(RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, r.egressOnlyInternetGatewayId(),
                    "EgressOnlyInternetGatewayId");
        }
        if (r.natGatewayId() != null) {
            return new Target(RouteTargetKind.NAT_GATEWAY, r.natGatewayId(), "NatGatewayId");
        }
        if (r.vpcPeeringConnectionId() != null) {
            return new Target(RouteTargetKind.VPC_PEERING_CONNECTION, r.vpcPeeringConnectionId(), "VpcPeeringConnectionId");
        }
        if (r.transitGatewayId() != null) {
            return new Target(RouteTargetKind.TRANSIT_GATEWAY, r.transitGatewayId(), "TransitGatewayId");
        }
        if (r.networkInterfaceId() != null) {
            return new Target(RouteTargetKind.NETWORK_INTERFACE, r.networkInterfaceId(), "NetworkInterfaceId");
        }
        if (r.instanceId() != null) {
            return new Target(RouteTargetKind.NETWORK_INTERFACE, primaryEniOfInstance.apply(r.instanceId()), "InstanceId");
        }
        if (r.gatewayId() != null) {
            return new Target(RouteTargetKind.INTERNET_GATEWAY, r.gatewayId(), "GatewayId");
        }
        return null;
    }

    private boolean targetExists(Target t) {
        switch (t.kind) {
            case LOCAL: return true;
            case INTERNET_GATEWAY: return ctx.get(t.id, InternetGateway.class) != null;
            case EGRESS_ONLY_INTERNET_GATEWAY: return ctx.get(t.id, EgressOnlyInternetGateway.class) != null;
            case VPN_GATEWAY: return ctx.get(t.id, VpnGateway.class) != null;
            case GATEWAY_ENDPOINT: return ctx.get(t.id, VpcEndpoint.class) != null;
            case NAT_GATEWAY: return ctx.get(t.id, NatGateway.class) != null;
            case VPC_PEERING_CONNECTION: return ctx.get(t.id, VpcPeeringConnection.class) != null;
            case NETWORK_INTERFACE: return ctx.get(t.id, NetworkInterface.class) != null;
            case TRANSIT_GATEWAY: return ctx.get(t.id, TransitGateway.class) != null;
            default: return false;
        }
    }
}
