package io.hopscope.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's lookups by id and its derived associations, built once per model value on first use.
 * The first resource with an id wins, as it does for every other reader of a model with duplicates.
 */
final class ModelLookups {
    final Map<String, Resource> byId = new HashMap<>();
    final Map<String, RouteTable> routeTableBySubnet = new HashMap<>();
    final Map<String, RouteTable> mainRouteTableByVpc = new HashMap<>();
    final Map<String, NetworkAcl> aclBySubnet = new HashMap<>();
    final Map<String, NetworkAcl> defaultAclByVpc = new HashMap<>();
    final Map<String, Workload> ownerByEni = new HashMap<>();
    final Map<String, List<Subnet>> subnetsByVpc = new LinkedHashMap<>();
    final Map<String, List<NetworkInterface>> enisBySubnet = new HashMap<>();

    ModelLookups(NetworkModel m) {
        for (Resource r : m.allResources()) {
            byId.putIfAbsent(r.id(), r);
        }
        for (RouteTable t : m.routeTables()) {
            if (t.main()) {
                mainRouteTableByVpc.putIfAbsent(t.vpcId(), t);
            }
            for (String s : t.subnetIds()) {
                routeTableBySubnet.putIfAbsent(s, t);
            }
        }
        for (NetworkAcl a : m.networkAcls()) {
            if (a.isDefault()) {
                defaultAclByVpc.putIfAbsent(a.vpcId(), a);
            }
            for (String s : a.subnetIds()) {
                aclBySubnet.putIfAbsent(s, a);
            }
        }
        for (Workload w : m.workloads()) {
            for (String eni : w.networkInterfaceIds()) {
                ownerByEni.putIfAbsent(eni, w);
            }
        }
        for (Subnet s : m.subnets()) {
            subnetsByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s);
        }
        for (NetworkInterface eni : m.networkInterfaces()) {
            enisBySubnet.computeIfAbsent(eni.subnetId(), k -> new ArrayList<>()).add(eni);
        }
    }

    /** The VPC of a resource that has one (see {@link NetworkModel#vpcIdOf}). */
    static String vpcIdOf(NetworkModel m, Resource r) {
        if (r instanceof Vpc v) return v.id();
        if (r instanceof Subnet s) return s.vpcId();
        if (r instanceof RouteTable t) return t.vpcId();
        if (r instanceof NetworkAcl a) return a.vpcId();
        if (r instanceof SecurityGroup g) return g.vpcId();
        if (r instanceof InternetGateway g) return g.vpcId();
        if (r instanceof EgressOnlyInternetGateway g) return g.vpcId();
        if (r instanceof VpnGateway g) return g.vpcId();
        if (r instanceof VpcEndpoint e) return e.vpcId();
        if (r instanceof LoadBalancer lb) return lb.vpcId();
        if (r instanceof TargetGroup tg) return tg.vpcId();
        if (r instanceof NatGateway n) {
            Subnet s = m.subnet(n.subnetId());
            return s == null ? null : s.vpcId();
        }
        if (r instanceof NetworkInterface eni) {
            Subnet s = m.subnet(eni.subnetId());
            return s == null ? null : s.vpcId();
        }
        return null;
    }
}
