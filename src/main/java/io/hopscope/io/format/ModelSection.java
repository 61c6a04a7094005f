package io.hopscope.io.format;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import java.util.List;
import java.util.function.Function;

/** The sections of {@code "model"} in a v1 file, in the order they are written. */
public enum ModelSection {
    VPCS("vpcs", ResourceKind.VPC, NetworkModel::vpcs),
    SUBNETS("subnets", ResourceKind.SUBNET, NetworkModel::subnets),
    ROUTE_TABLES("routeTables", ResourceKind.ROUTE_TABLE, NetworkModel::routeTables),
    NETWORK_ACLS("networkAcls", ResourceKind.NETWORK_ACL, NetworkModel::networkAcls),
    SECURITY_GROUPS("securityGroups", ResourceKind.SECURITY_GROUP, NetworkModel::securityGroups),
    PREFIX_LISTS("prefixLists", ResourceKind.PREFIX_LIST, NetworkModel::prefixLists),
    INTERNET_GATEWAYS("internetGateways", ResourceKind.INTERNET_GATEWAY, NetworkModel::internetGateways),
    EGRESS_ONLY_INTERNET_GATEWAYS("egressOnlyInternetGateways", ResourceKind.EGRESS_ONLY_INTERNET_GATEWAY,
            NetworkModel::egressOnlyInternetGateways),
    NAT_GATEWAYS("natGateways", ResourceKind.NAT_GATEWAY, NetworkModel::natGateways),
    VPC_ENDPOINTS("vpcEndpoints", ResourceKind.VPC_ENDPOINT, NetworkModel::vpcEndpoints),
    PEERING_CONNECTIONS("peeringConnections", ResourceKind.VPC_PEERING_CONNECTION, NetworkModel::peeringConnections),
    VPN_GATEWAYS("vpnGateways", ResourceKind.VPN_GATEWAY, NetworkModel::vpnGateways),
    NETWORK_INTERFACES("networkInterfaces", ResourceKind.NETWORK_INTERFACE, NetworkModel::networkInterfaces),
    WORKLOADS("workloads", ResourceKind.WORKLOAD, NetworkModel::workloads),
    EXTERNALS("externals", ResourceKind.EXTERNAL, NetworkModel::externals),
    CUSTOMER_GATEWAYS("customerGateways", ResourceKind.CUSTOMER_GATEWAY, NetworkModel::customerGateways),
    VPN_CONNECTIONS("vpnConnections", ResourceKind.VPN_CONNECTION, NetworkModel::vpnConnections),
    DIRECT_CONNECT_GATEWAYS("directConnectGateways", ResourceKind.DIRECT_CONNECT_GATEWAY,
            NetworkModel::directConnectGateways),
    VIRTUAL_INTERFACES("virtualInterfaces", ResourceKind.VIRTUAL_INTERFACE, NetworkModel::virtualInterfaces),
    TRANSIT_GATEWAYS("transitGateways", ResourceKind.TRANSIT_GATEWAY, NetworkModel::transitGateways),
    TRANSIT_GATEWAY_ATTACHMENTS("transitGatewayAttachments", ResourceKind.TRANSIT_GATEWAY_ATTACHMENT,
            NetworkModel::transitAttachments),
    TRANSIT_GATEWAY_ROUTE_TABLES("transitGatewayRouteTables", ResourceKind.TRANSIT_GATEWAY_ROUTE_TABLE,
            NetworkModel::transitRouteTables),
    LOAD_BALANCERS("loadBalancers", ResourceKind.LOAD_BALANCER, NetworkModel::loadBalancers),
    TARGET_GROUPS("targetGroups", ResourceKind.TARGET_GROUP, NetworkModel::targetGroups);

    private final String key;
    private final ResourceKind kind;
    private final Function<NetworkModel, List<? extends Resource>> resources;

    ModelSection(String key, ResourceKind kind, Function<NetworkModel, List<? extends Resource>> resources) {
        this.key = key;
        this.kind = kind;
        this.resources = resources;
    }

    /** The JSON key of the section, e.g. {@code "routeTables"}. */
    public String key() {
        return key;
    }

    public ResourceKind kind() {
        return kind;
    }

    public List<? extends Resource> resourcesOf(NetworkModel model) {
        return resources.apply(model);
    }

    public static ModelSection ofKey(String key) {
        for (ModelSection s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    public static ModelSection of(ResourceKind kind) {
        for (ModelSection s : values()) {
            if (s.kind == kind) {
                return s;
            }
        }
        return null;
    }
}
