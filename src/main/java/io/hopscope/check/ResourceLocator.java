package io.hopscope.check;

import io.hopscope.model.NetworkModel;
import io.hopscope.model.Resource;
import io.hopscope.model.ResourceKind;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where a resource lives as a JSON path, so a model-level problem can point at a field:
 * the file reader knows where it read each resource; for a model built in memory the path is
 * the position the resource has in its model list ({@code $.model.subnets[2]}).
 */
@FunctionalInterface
public interface ResourceLocator {

    /** The JSON path of the resource's object, or null when unknown. */
    String locate(Resource resource);

    /**
     * Paths by position in the model's lists, under the section keys of the file format. Only
     * positions are kept; the text is built for the few resources a problem is about.
     */
    static ResourceLocator byModelIndex(NetworkModel model) {
        Map<Resource, Integer> positions = new IdentityHashMap<>();
        Map<ResourceKind, Integer> next = new java.util.EnumMap<>(ResourceKind.class);
        for (Resource r : model.allResources()) {
            positions.put(r, next.merge(r.kind(), 1, Integer::sum) - 1);
        }
        return r -> {
            Integer i = positions.get(r);
            return i == null ? null : "$.model." + sectionKey(r.kind()) + "[" + i + "]";
        };
    }

    /** The key of the file section holding resources of {@code kind} ("routeTables"). */
    static String sectionKey(ResourceKind kind) {
        return switch (kind) {
            case VPC -> "vpcs";
            case SUBNET -> "subnets";
            case ROUTE_TABLE -> "routeTables";
            case NETWORK_ACL -> "networkAcls";
            case SECURITY_GROUP -> "securityGroups";
            case PREFIX_LIST -> "prefixLists";
            case INTERNET_GATEWAY -> "internetGateways";
            case EGRESS_ONLY_INTERNET_GATEWAY -> "egressOnlyInternetGateways";
            case NAT_GATEWAY -> "natGateways";
            case VPC_ENDPOINT -> "vpcEndpoints";
            case VPC_PEERING_CONNECTION -> "peeringConnections";
            case VPN_GATEWAY -> "vpnGateways";
            case TRANSIT_GATEWAY -> "transitGateways";
            case TRANSIT_GATEWAY_ATTACHMENT -> "transitGatewayAttachments";
            case TRANSIT_GATEWAY_ROUTE_TABLE -> "transitGatewayRouteTables";
            case NETWORK_INTERFACE -> "networkInterfaces";
            case WORKLOAD -> "workloads";
            case EXTERNAL -> "externals";
            case CUSTOMER_GATEWAY -> "customerGateways";
            case VPN_CONNECTION -> "vpnConnections";
            case DIRECT_CONNECT_GATEWAY -> "directConnectGateways";
            case VIRTUAL_INTERFACE -> "virtualInterfaces";
            case LOAD_BALANCER -> "loadBalancers";
            case TARGET_GROUP -> "targetGroups";
        };
    }
}
