package io.hopscope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The whole AWS network of a diagram: an immutable value. Lists keep the order they were given in
 * (files write them sorted by id). Lookups by id are built once, lazily, per model value; derived
 * facts (effective route table and NACL of a subnet, public or private) are computed, never stored.
 */
public final class NetworkModel {

    private final List<Vpc> vpcs;
    private final List<Subnet> subnets;
    private final List<RouteTable> routeTables;
    private final List<NetworkAcl> networkAcls;
    private final List<SecurityGroup> securityGroups;
    private final List<PrefixList> prefixLists;
    private final List<InternetGateway> internetGateways;
    private final List<EgressOnlyInternetGateway> egressOnlyInternetGateways;
    private final List<NatGateway> natGateways;
    private final List<VpcEndpoint> vpcEndpoints;
    private final List<VpcPeeringConnection> peeringConnections;
    private final List<VpnGateway> vpnGateways;
    private final List<NetworkInterface> networkInterfaces;
    private final List<Workload> workloads;
    private final List<ExternalEndpoint> externals;
    private final List<HybridResource> hybrid;
    private final PlanUnknowns unknowns;

    private volatile Lookups lookups;

    private NetworkModel(Builder b) {
        vpcs = List.copyOf(b.vpcs);
        subnets = List.copyOf(b.subnets);
        routeTables = List.copyOf(b.routeTables);
        networkAcls = List.copyOf(b.networkAcls);
        securityGroups = List.copyOf(b.securityGroups);
        prefixLists = List.copyOf(b.prefixLists);
        internetGateways = List.copyOf(b.internetGateways);
        egressOnlyInternetGateways = List.copyOf(b.egressOnlyInternetGateways);
        natGateways = List.copyOf(b.natGateways);
        vpcEndpoints = List.copyOf(b.vpcEndpoints);
        peeringConnections = List.copyOf(b.peeringConnections);
        vpnGateways = List.copyOf(b.vpnGateways);
        networkInterfaces = List.copyOf(b.networkInterfaces);
        workloads = List.copyOf(b.workloads);
        externals = List.copyOf(b.externals);
        hybrid = List.copyOf(b.hybrid);
        unknowns = b.unknowns;
    }

    public static final NetworkModel EMPTY = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this model, for edits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.vpcs.addAll(vpcs);
        b.subnets.addAll(subnets);
        b.routeTables.addAll(routeTables);
        b.networkAcls.addAll(networkAcls);
        b.securityGroups.addAll(securityGroups);
        b.prefixLists.addAll(prefixLists);
        b.internetGateways.addAll(internetGateways);
        b.egressOnlyInternetGateways.addAll(egressOnlyInternetGateways);
        b.natGateways.addAll(natGateways);
        b.vpcEndpoints.addAll(vpcEndpoints);
        b.peeringConnections.addAll(peeringConnections);
        b.vpnGateways.addAll(vpnGateways);
        b.networkInterfaces.addAll(networkInterfaces);
        b.workloads.addAll(workloads);
        b.externals.addAll(externals);
        b.hybrid.addAll(hybrid);
        b.unknowns = unknowns;
        return b;
    }

    public List<Vpc> vpcs() { return vpcs; }
    public List<Subnet> subnets() { return subnets; }
    public List<RouteTable> routeTables() { return routeTables; }
    public List<NetworkAcl> networkAcls() { return networkAcls; }
    public List<SecurityGroup> securityGroups() { return securityGroups; }
    public List<PrefixList> prefixLists() { return prefixLists; }
    public List<InternetGateway> internetGateways() { return internetGateways; }
    public List<EgressOnlyInternetGateway> egressOnlyInternetGateways() { return egressOnlyInternetGateways; }
    public List<NatGateway> natGateways() { return natGateways; }
    public List<VpcEndpoint> vpcEndpoints() { return vpcEndpoints; }
    public List<VpcPeeringConnection> peeringConnections() { return peeringConnections; }
    public List<VpnGateway> vpnGateways() { return vpnGateways; }
    public List<NetworkInterface> networkInterfaces() { return networkInterfaces; }
    public List<Workload> workloads() { return workloads; }
    public List<ExternalEndpoint> externals() { return externals; }
    /** Customer gateways, VPN connections, Direct Connect gateways and virtual interfaces, in order. */
    public List<HybridResource> hybrid() { return hybrid; }
    /** Values and rule sets a Terraform plan leaves open until apply; {@link PlanUnknowns#NONE} otherwise. */
    public PlanUnknowns unknowns() { return unknowns; }
    public List<CustomerGateway> customerGateways() { return only(CustomerGateway.class); }
    public List<VpnConnection> vpnConnections() { return only(VpnConnection.class); }
    public List<DirectConnectGateway> directConnectGateways() { return only(DirectConnectGateway.class); }
    public List<VirtualInterface> virtualInterfaces() { return only(VirtualInterface.class); }

    private <T extends HybridResource> List<T> only(Class<T> type) {
        return hybrid.isEmpty() ? List.of() : hybrid.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every resource, in kind order then list order. */
    public List<Resource> allResources() {
        List<Resource> all = new ArrayList<>();
        all.addAll(vpcs);
        all.addAll(subnets);
        all.addAll(routeTables);
        all.addAll(networkAcls);
        all.addAll(securityGroups);
        all.addAll(prefixLists);
        all.addAll(internetGateways);
        all.addAll(egressOnlyInternetGateways);
        all.addAll(natGateways);
        all.addAll(vpcEndpoints);
        all.addAll(peeringConnections);
        all.addAll(vpnGateways);
        all.addAll(networkInterfaces);
        all.addAll(workloads);
        all.addAll(externals);
        all.addAll(hybrid);
        return Collections.unmodifiableList(all);
    }

    public Optional<Resource> find(String id) {
        return Optional.ofNullable(lookups().byId.get(id));
    }

    /** The resource with this id if it is of {@code type}, else null. */
    public <T extends Resource> T get(String id, Class<T> type) {
        Resource r = id == null ? null : lookups().byId.get(id);
        return type.isInstance(r) ? type.cast(r) : null;
    }

    public Vpc vpc(String id) { return get(id, Vpc.class); }
    public Subnet subnet(String id) { return get(id, Subnet.class); }
    public RouteTable routeTable(String id) { return get(id, RouteTable.class); }
    public NetworkAcl networkAcl(String id) { return get(id, NetworkAcl.class); }
    public SecurityGroup securityGroup(String id) { return get(id, SecurityGroup.class); }
    public PrefixList prefixList(String id) { return get(id, PrefixList.class); }
    public NetworkInterface networkInterface(String id) { return get(id, NetworkInterface.class); }
    public Workload workload(String id) { return get(id, Workload.class); }
    public NatGateway natGateway(String id) { return get(id, NatGateway.class); }
    public VpcEndpoint vpcEndpoint(String id) { return get(id, VpcEndpoint.class); }
    public VpcPeeringConnection peeringConnection(String id) { return get(id, VpcPeeringConnection.class); }
    public InternetGateway internetGateway(String id) { return get(id, InternetGateway.class); }

    /** The route table a subnet uses: its explicit association, else its VPC's main table [RT]. */
    public RouteTable routeTableOf(String subnetId) {
        Lookups l = lookups();
        RouteTable explicit = l.routeTableBySubnet.get(subnetId);
        if (explicit != null) {
            return explicit;
        }
        Subnet s = subnet(subnetId);
        return s == null ? null : l.mainRouteTableByVpc.get(s.vpcId());
    }

    /** The network ACL of a subnet: its association, else its VPC's default NACL [NACL]. */
    public NetworkAcl networkAclOf(String subnetId) {
        Lookups l = lookups();
        NetworkAcl explicit = l.aclBySubnet.get(subnetId);
        if (explicit != null) {
            return explicit;
        }
        Subnet s = subnet(subnetId);
        return s == null ? null : l.defaultAclByVpc.get(s.vpcId());
    }

    /** A subnet is public when its route table has a route to an internet gateway [IGW]. */
    public boolean isPublic(String subnetId) {
        RouteTable rt = routeTableOf(subnetId);
        return rt != null && rt.routes().stream()
                .anyMatch(r -> r.targetKind() == RouteTargetKind.INTERNET_GATEWAY && !r.blackhole());
    }

    /** The workload that owns an interface, or null (NAT and endpoint ENIs have none). */
    public Workload ownerOf(String networkInterfaceId) {
        return lookups().ownerByEni.get(networkInterfaceId);
    }

    public List<Subnet> subnetsOf(String vpcId) {
        return lookups().subnetsByVpc.getOrDefault(vpcId, List.of());
    }

    public List<NetworkInterface> interfacesIn(String subnetId) {
        return lookups().enisBySubnet.getOrDefault(subnetId, List.of());
    }

    /** The VPC an internet gateway, route table, NACL, SG or subnet belongs to, when it has one. */
    public String vpcIdOf(Resource r) {
        if (r instanceof Vpc v) return v.id();
        if (r instanceof Subnet s) return s.vpcId();
        if (r instanceof RouteTable t) return t.vpcId();
        if (r instanceof NetworkAcl a) return a.vpcId();
        if (r instanceof SecurityGroup g) return g.vpcId();
        if (r instanceof InternetGateway g) return g.vpcId();
        if (r instanceof EgressOnlyInternetGateway g) return g.vpcId();
        if (r instanceof VpnGateway g) return g.vpcId();
        if (r instanceof VpcEndpoint e) return e.vpcId();
        if (r instanceof NatGateway n) {
            Subnet s = subnet(n.subnetId());
            return s == null ? null : s.vpcId();
        }
        if (r instanceof NetworkInterface eni) {
            Subnet s = subnet(eni.subnetId());
            return s == null ? null : s.vpcId();
        }
        return null;
    }

    /** A copy with one resource replaced (same id) or added; used by edits. */
    public NetworkModel with(Resource r) {
        return toBuilder().put(r).build();
    }

    /** A copy without the resource of this id (references to it are left for the caller to fix). */
    public NetworkModel without(String id) {
        return toBuilder().remove(id).build();
    }

    private Lookups lookups() {
        Lookups l = lookups;
        if (l == null) {
            l = new Lookups(this);
            lookups = l;
        }
        return l;
    }

    private static final class Lookups {
        final Map<String, Resource> byId = new HashMap<>();
        final Map<String, RouteTable> routeTableBySubnet = new HashMap<>();
        final Map<String, RouteTable> mainRouteTableByVpc = new HashMap<>();
        final Map<String, NetworkAcl> aclBySubnet = new HashMap<>();
        final Map<String, NetworkAcl> defaultAclByVpc = new HashMap<>();
        final Map<String, Workload> ownerByEni = new HashMap<>();
        final Map<String, List<Subnet>> subnetsByVpc = new LinkedHashMap<>();
        final Map<String, List<NetworkInterface>> enisBySubnet = new HashMap<>();

        Lookups(NetworkModel m) {
            for (Resource r : m.allResources()) {
                byId.putIfAbsent(r.id(), r);
            }
            for (RouteTable t : m.routeTables) {
                if (t.main()) {
                    mainRouteTableByVpc.putIfAbsent(t.vpcId(), t);
                }
                for (String s : t.subnetIds()) {
                    routeTableBySubnet.putIfAbsent(s, t);
                }
            }
            for (NetworkAcl a : m.networkAcls) {
                if (a.isDefault()) {
                    defaultAclByVpc.putIfAbsent(a.vpcId(), a);
                }
                for (String s : a.subnetIds()) {
                    aclBySubnet.putIfAbsent(s, a);
                }
            }
            for (Workload w : m.workloads) {
                for (String eni : w.networkInterfaceIds()) {
                    ownerByEni.putIfAbsent(eni, w);
                }
            }
            for (Subnet s : m.subnets) {
                subnetsByVpc.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s);
            }
            for (NetworkInterface eni : m.networkInterfaces) {
                enisBySubnet.computeIfAbsent(eni.subnetId(), k -> new ArrayList<>()).add(eni);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NetworkModel m)) {
            return false;
        }
        return vpcs.equals(m.vpcs) && subnets.equals(m.subnets) && routeTables.equals(m.routeTables)
                && networkAcls.equals(m.networkAcls) && securityGroups.equals(m.securityGroups)
                && prefixLists.equals(m.prefixLists) && internetGateways.equals(m.internetGateways)
                && egressOnlyInternetGateways.equals(m.egressOnlyInternetGateways)
                && natGateways.equals(m.natGateways) && vpcEndpoints.equals(m.vpcEndpoints)
                && peeringConnections.equals(m.peeringConnections) && vpnGateways.equals(m.vpnGateways)
                && networkInterfaces.equals(m.networkInterfaces) && workloads.equals(m.workloads)
                && externals.equals(m.externals) && hybrid.equals(m.hybrid) && unknowns.equals(m.unknowns);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(vpcs, subnets, routeTables, networkAcls, securityGroups, prefixLists,
                internetGateways, egressOnlyInternetGateways, natGateways, vpcEndpoints, peeringConnections,
                vpnGateways, networkInterfaces, workloads, externals, hybrid, unknowns);
    }

    @Override
    public String toString() {
        return "NetworkModel[" + allResources().size() + " resources]";
    }

    /** Collects resources; {@link #put} replaces a resource with the same id in place. */
    public static final class Builder {
        private final List<Vpc> vpcs = new ArrayList<>();
        private final List<Subnet> subnets = new ArrayList<>();
        private final List<RouteTable> routeTables = new ArrayList<>();
        private final List<NetworkAcl> networkAcls = new ArrayList<>();
        private final List<SecurityGroup> securityGroups = new ArrayList<>();
        private final List<PrefixList> prefixLists = new ArrayList<>();
        private final List<InternetGateway> internetGateways = new ArrayList<>();
        private final List<EgressOnlyInternetGateway> egressOnlyInternetGateways = new ArrayList<>();
        private final List<NatGateway> natGateways = new ArrayList<>();
        private final List<VpcEndpoint> vpcEndpoints = new ArrayList<>();
        private final List<VpcPeeringConnection> peeringConnections = new ArrayList<>();
        private final List<VpnGateway> vpnGateways = new ArrayList<>();
        private final List<NetworkInterface> networkInterfaces = new ArrayList<>();
        private final List<Workload> workloads = new ArrayList<>();
        private final List<ExternalEndpoint> externals = new ArrayList<>();
        private final List<HybridResource> hybrid = new ArrayList<>();
        private PlanUnknowns unknowns = PlanUnknowns.NONE;

        private Builder() {
        }

        /** Sets what a Terraform plan leaves open until apply. */
        public Builder unknowns(PlanUnknowns u) {
            unknowns = u == null ? PlanUnknowns.NONE : u;
            return this;
        }

        /** Adds the resource, or replaces the one of the same kind with the same id. */
        public Builder put(Resource r) {
            if (r instanceof Vpc v) replaceOrAdd(vpcs, v);
            else if (r instanceof Subnet s) replaceOrAdd(subnets, s);
            else if (r instanceof RouteTable t) replaceOrAdd(routeTables, t);
            else if (r instanceof NetworkAcl a) replaceOrAdd(networkAcls, a);
            else if (r instanceof SecurityGroup g) replaceOrAdd(securityGroups, g);
            else if (r instanceof PrefixList p) replaceOrAdd(prefixLists, p);
            else if (r instanceof InternetGateway g) replaceOrAdd(internetGateways, g);
            else if (r instanceof EgressOnlyInternetGateway g) replaceOrAdd(egressOnlyInternetGateways, g);
            else if (r instanceof NatGateway n) replaceOrAdd(natGateways, n);
            else if (r instanceof VpcEndpoint e) replaceOrAdd(vpcEndpoints, e);
            else if (r instanceof VpcPeeringConnection p) replaceOrAdd(peeringConnections, p);
            else if (r instanceof VpnGateway g) replaceOrAdd(vpnGateways, g);
            else if (r instanceof NetworkInterface n) replaceOrAdd(networkInterfaces, n);
            else if (r instanceof Workload w) replaceOrAdd(workloads, w);
            else if (r instanceof ExternalEndpoint e) replaceOrAdd(externals, e);
            else if (r instanceof HybridResource h) replaceOrAdd(hybrid, h);
            else throw new IllegalArgumentException("unknown resource type " + r.getClass().getSimpleName());
            return this;
        }

        /** Adds without looking for an existing id: for loaders that report duplicates themselves. */
        public Builder add(Resource r) {
            if (r instanceof Vpc v) vpcs.add(v);
            else if (r instanceof Subnet s) subnets.add(s);
            else if (r instanceof RouteTable t) routeTables.add(t);
            else if (r instanceof NetworkAcl a) networkAcls.add(a);
            else if (r instanceof SecurityGroup g) securityGroups.add(g);
            else if (r instanceof PrefixList p) prefixLists.add(p);
            else if (r instanceof InternetGateway g) internetGateways.add(g);
            else if (r instanceof EgressOnlyInternetGateway g) egressOnlyInternetGateways.add(g);
            else if (r instanceof NatGateway n) natGateways.add(n);
            else if (r instanceof VpcEndpoint e) vpcEndpoints.add(e);
            else if (r instanceof VpcPeeringConnection p) peeringConnections.add(p);
            else if (r instanceof VpnGateway g) vpnGateways.add(g);
            else if (r instanceof NetworkInterface n) networkInterfaces.add(n);
            else if (r instanceof Workload w) workloads.add(w);
            else if (r instanceof ExternalEndpoint e) externals.add(e);
            else if (r instanceof HybridResource h) hybrid.add(h);
            else throw new IllegalArgumentException("unknown resource type " + r.getClass().getSimpleName());
            return this;
        }

        public Builder addAll(Iterable<? extends Resource> resources) {
            for (Resource r : resources) {
                add(r);
            }
            return this;
        }

        public Builder remove(String id) {
            for (List<? extends Resource> list : allLists()) {
                list.removeIf(r -> r.id().equals(id));
            }
            return this;
        }

        /** Applies {@code f} to every resource of type {@code type}. */
        @SuppressWarnings("unchecked")
        public <T extends Resource> Builder mapAll(Class<T> type, UnaryOperator<T> f) {
            for (List<? extends Resource> list : allLists()) {
                List<Resource> l = (List<Resource>) list;
                for (int i = 0; i < l.size(); i++) {
                    Resource r = l.get(i);
                    if (type.isInstance(r)) {
                        l.set(i, f.apply(type.cast(r)));
                    }
                }
            }
            return this;
        }

        public NetworkModel build() {
            return new NetworkModel(this);
        }

        private List<List<? extends Resource>> allLists() {
            return List.of(vpcs, subnets, routeTables, networkAcls, securityGroups, prefixLists, internetGateways,
                    egressOnlyInternetGateways, natGateways, vpcEndpoints, peeringConnections, vpnGateways,
                    networkInterfaces, workloads, externals, hybrid);
        }

        private static <T extends Resource> void replaceOrAdd(List<T> list, T r) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(r.id())) {
                    list.set(i, r);
                    return;
                }
            }
            list.add(r);
        }
    }
}
