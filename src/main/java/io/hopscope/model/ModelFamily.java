package io.hopscope.model;

/**
 * The lists a {@link NetworkModel} keeps, one per family of resources, in the order
 * {@link NetworkModel#allResources()} returns them. A new family of resources (as the hybrid
 * resources are: one sealed interface, one list) is one constant here and one accessor on the
 * model; the builder, equality and lookups by id follow from this table.
 */
public enum ModelFamily {
    VPCS(Vpc.class),
    SUBNETS(Subnet.class),
    ROUTE_TABLES(RouteTable.class),
    NETWORK_ACLS(NetworkAcl.class),
    SECURITY_GROUPS(SecurityGroup.class),
    PREFIX_LISTS(PrefixList.class),
    INTERNET_GATEWAYS(InternetGateway.class),
    EGRESS_ONLY_INTERNET_GATEWAYS(EgressOnlyInternetGateway.class),
    NAT_GATEWAYS(NatGateway.class),
    VPC_ENDPOINTS(VpcEndpoint.class),
    PEERING_CONNECTIONS(VpcPeeringConnection.class),
    VPN_GATEWAYS(VpnGateway.class),
    NETWORK_INTERFACES(NetworkInterface.class),
    WORKLOADS(Workload.class),
    EXTERNALS(ExternalEndpoint.class),
    /** Customer gateways, VPN connections, Direct Connect gateways and virtual interfaces. */
    HYBRID(HybridResource.class),
    /** Transit gateways, their attachments and route tables. */
    TRANSIT(TransitResource.class),
    /** Load balancers and target groups (rulebook 10). */
    LOAD_BALANCING(LoadBalancing.class);

    private static final ModelFamily[] ALL = values();
    private static final ClassValue<ModelFamily> BY_CLASS = new ClassValue<>() {
        @Override
        protected ModelFamily computeValue(Class<?> type) {
            for (ModelFamily f : ALL) {
                if (f.type.isAssignableFrom(type)) {
                    return f;
                }
            }
            return null;
        }
    };

    private final Class<? extends Resource> type;

    ModelFamily(Class<? extends Resource> type) {
        this.type = type;
    }

    /** The type every member of the family has (a record, or a sealed interface for mixed families). */
    public Class<? extends Resource> type() {
        return type;
    }

    /** The family a resource belongs to; an unknown type is a programming error. */
    public static ModelFamily of(Resource r) {
        ModelFamily f = BY_CLASS.get(r.getClass());
        if (f == null) {
            throw new IllegalArgumentException("unknown resource type " + r.getClass().getSimpleName());
        }
        return f;
    }

    static int count() {
        return ALL.length;
    }
}
