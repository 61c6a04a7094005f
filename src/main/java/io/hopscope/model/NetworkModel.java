package io.hopscope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The whole AWS network of a diagram: an immutable value. Lists keep the order they were given in
 * (files write them sorted by id). Lookups by id are built once, lazily, per model value; derived
 * facts (effective route table and NACL of a subnet, public or private) are computed, never stored.
 */
public final class NetworkModel {

    private final List<List<? extends Resource>> lists;
    private final PlanUnknowns unknowns;

    private volatile ModelLookups lookups;

    private NetworkModel(Builder b) {
        List<List<? extends Resource>> copy = new ArrayList<>(b.lists.size());
        for (List<? extends Resource> l : b.lists) {
            copy.add(List.copyOf(l));
        }
        lists = Collections.unmodifiableList(copy);
        unknowns = b.unknowns;
    }

    public static final NetworkModel EMPTY = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this model, for edits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (int i = 0; i < lists.size(); i++) {
            b.list(i).addAll(lists.get(i));
        }
        b.unknowns = unknowns;
        return b;
    }

    /** The resources of one family, in order; the typed accessors below are views of these. */
    @SuppressWarnings("unchecked")
    public <T extends Resource> List<T> family(ModelFamily f) {
        return (List<T>) lists.get(f.ordinal());
    }

    public List<Vpc> vpcs() { return family(ModelFamily.VPCS); }
    public List<Subnet> subnets() { return family(ModelFamily.SUBNETS); }
    public List<RouteTable> routeTables() { return family(ModelFamily.ROUTE_TABLES); }
    public List<NetworkAcl> networkAcls() { return family(ModelFamily.NETWORK_ACLS); }
    public List<SecurityGroup> securityGroups() { return family(ModelFamily.SECURITY_GROUPS); }
    public List<PrefixList> prefixLists() { return family(ModelFamily.PREFIX_LISTS); }
    public List<InternetGateway> internetGateways() { return family(ModelFamily.INTERNET_GATEWAYS); }
    public List<EgressOnlyInternetGateway> egressOnlyInternetGateways() { return family(ModelFamily.EGRESS_ONLY_INTERNET_GATEWAYS); }
    public List<NatGateway> natGateways() { return family(ModelFamily.NAT_GATEWAYS); }
    public List<VpcEndpoint> vpcEndpoints() { return family(ModelFamily.VPC_ENDPOINTS); }
    public List<VpcPeeringConnection> peeringConnections() { return family(ModelFamily.PEERING_CONNECTIONS); }
    public List<VpnGateway> vpnGateways() { return family(ModelFamily.VPN_GATEWAYS); }
    public List<NetworkInterface> networkInterfaces() { return family(ModelFamily.NETWORK_INTERFACES); }
    public List<Workload> workloads() { return family(ModelFamily.WORKLOADS); }
    public List<ExternalEndpoint> externals() { return family(ModelFamily.EXTERNALS); }
    /** Customer gateways, VPN connections, Direct Connect gateways and virtual interfaces, in order. */
    public List<HybridResource> hybrid() { return family(ModelFamily.HYBRID); }
    /** Values and rule sets a Terraform plan leaves open until apply; {@link PlanUnknowns#NONE} otherwise. */
    public PlanUnknowns unknowns() { return unknowns; }
    /** Transit gateways, attachments and TGW route tables, in order. */
    public List<TransitResource> transit() { return family(ModelFamily.TRANSIT); }
    public List<TransitGateway> transitGateways() { return only(transit(), TransitGateway.class); }
    public List<TransitGatewayAttachment> transitAttachments() { return only(transit(), TransitGatewayAttachment.class); }
    public List<TransitGatewayRouteTable> transitRouteTables() { return only(transit(), TransitGatewayRouteTable.class); }
    public List<CustomerGateway> customerGateways() { return only(CustomerGateway.class); }
    public List<VpnConnection> vpnConnections() { return only(VpnConnection.class); }
    public List<DirectConnectGateway> directConnectGateways() { return only(DirectConnectGateway.class); }
    public List<VirtualInterface> virtualInterfaces() { return only(VirtualInterface.class); }

    private <T extends HybridResource> List<T> only(Class<T> type) {
        return only(hybrid(), type);
    }

    private static <T> List<T> only(List<?> family, Class<T> type) {
        return family.isEmpty() ? List.of() : family.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Load balancers and target groups, in order (rulebook 10). */
    public List<LoadBalancing> loadBalancing() { return family(ModelFamily.LOAD_BALANCING); }
    public List<LoadBalancer> loadBalancers() { return onlyLb(LoadBalancer.class); }
    public List<TargetGroup> targetGroups() { return onlyLb(TargetGroup.class); }

    private <T extends LoadBalancing> List<T> onlyLb(Class<T> type) {
        List<LoadBalancing> all = loadBalancing();
        return all.isEmpty() ? List.of() : all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Every resource, in family order then list order. */
    public List<Resource> allResources() {
        List<Resource> all = new ArrayList<>();
        for (List<? extends Resource> l : lists) {
            all.addAll(l);
        }
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
        ModelLookups l = lookups();
        RouteTable explicit = l.routeTableBySubnet.get(subnetId);
        if (explicit != null) {
            return explicit;
        }
        Subnet s = subnet(subnetId);
        return s == null ? null : l.mainRouteTableByVpc.get(s.vpcId());
    }

    /** The network ACL of a subnet: its association, else its VPC's default NACL [NACL]. */
    public NetworkAcl networkAclOf(String subnetId) {
        ModelLookups l = lookups();
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
        return ModelLookups.vpcIdOf(this, r);
    }

    /** A copy with one resource replaced (same id) or added; used by edits. */
    public NetworkModel with(Resource r) {
        return toBuilder().put(r).build();
    }

    /** A copy without the resource of this id (references to it are left for the caller to fix). */
    public NetworkModel without(String id) {
        return toBuilder().remove(id).build();
    }

    private ModelLookups lookups() {
        ModelLookups l = lookups;
        if (l == null) {
            l = new ModelLookups(this);
            lookups = l;
        }
        return l;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NetworkModel m)) {
            return false;
        }
        return lists.equals(m.lists) && unknowns.equals(m.unknowns);
    }

    @Override
    public int hashCode() {
        return lists.hashCode() * 31 + unknowns.hashCode();
    }

    @Override
    public String toString() {
        return "NetworkModel[" + allResources().size() + " resources]";
    }

    /** Collects resources; {@link #put} replaces a resource with the same id in place. */
    public static final class Builder {
        private final List<List<Resource>> lists = new ArrayList<>();
        private PlanUnknowns unknowns = PlanUnknowns.NONE;

        /** Sets what a Terraform plan leaves open until apply. */
        public Builder unknowns(PlanUnknowns u) {
            unknowns = u == null ? PlanUnknowns.NONE : u;
            return this;
        }

        private Builder() {
            for (int i = 0; i < ModelFamily.count(); i++) {
                lists.add(new ArrayList<>());
            }
        }

        private List<Resource> list(int ordinal) {
            return lists.get(ordinal);
        }

        /** Adds the resource, or replaces the one of the same kind with the same id. */
        public Builder put(Resource r) {
            List<Resource> list = list(ModelFamily.of(r).ordinal());
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(r.id())) {
                    list.set(i, r);
                    return this;
                }
            }
            list.add(r);
            return this;
        }

        /** Adds without looking for an existing id: for loaders that report duplicates themselves. */
        public Builder add(Resource r) {
            list(ModelFamily.of(r).ordinal()).add(r);
            return this;
        }

        public Builder addAll(Iterable<? extends Resource> resources) {
            for (Resource r : resources) {
                add(r);
            }
            return this;
        }

        public Builder remove(String id) {
            for (List<Resource> list : lists) {
                list.removeIf(r -> r.id().equals(id));
            }
            return this;
        }

        /** Applies {@code f} to every resource of type {@code type}. */
        public <T extends Resource> Builder mapAll(Class<T> type, UnaryOperator<T> f) {
            for (List<Resource> l : lists) {
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
    }
}
