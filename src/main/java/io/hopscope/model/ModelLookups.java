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
    /** Sized for every resource at once: growing it to 40,000 ids rehashed it twelve times. */
    final Map<String, Resource> byId;
    final Map<String, RouteTable> routeTableBySubnet = new HashMap<>();
    final Map<String, RouteTable> mainRouteTableByVpc = new HashMap<>();
    final Map<String, NetworkAcl> aclBySubnet = new HashMap<>();
    final Map<String, NetworkAcl> defaultAclByVpc = new HashMap<>();
    final Map<String, Workload> ownerByEni = new HashMap<>();
    final Map<String, List<Subnet>> subnetsByVpc = new LinkedHashMap<>();
    final Map<String, List<NetworkInterface>> enisBySubnet = new HashMap<>();

    /* Each pass is a LongLoop over one method per element: 40,000 resources at quota scale. */
    ModelLookups(NetworkModel m) {
        List<Resource> all = m.allResources();
        byId = new HashMap<>(all.size() * 4 / 3 + 1);
        LongLoop.forEach(all, r -> byId.putIfAbsent(r.id(), r));
        LongLoop.forEach(m.routeTables(), this::addRouteTable);
        LongLoop.forEach(m.networkAcls(), this::addAcl);
        LongLoop.forEach(m.workloads(), this::addWorkload);
        LongLoop.forEach(m.subnets(), s -> subnetsByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s));
        LongLoop.forEach(m.networkInterfaces(),
                eni -> enisBySubnet.computeIfAbsent(eni.subnetId(), k -> new ArrayList<>()).add(eni));
    }

    private void addRouteTable(RouteTable t) {
        if (t.main()) {
            mainRouteTableByVpc.putIfAbsent(t.vpcId(), t);
        }
        for (String s : t.subnetIds()) {
            routeTableBySubnet.putIfAbsent(s, t);
        }
    }

    private void addAcl(NetworkAcl a) {
        if (a.isDefault()) {
            defaultAclByVpc.putIfAbsent(a.vpcId(), a);
        }
        for (String s : a.subnetIds()) {
            aclBySubnet.putIfAbsent(s, a);
        }
    }

    private void addWorkload(Workload w) {
        for (String eni : w.networkInterfaceIds()) {
            ownerByEni.putIfAbsent(eni, w);
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
