package io.hopscope.model;

import java.util.List;

/**
 * A VPC endpoint. Gateway endpoints are reached through prefix-list routes in {@code routeTableIds}
 * [GWE]; interface endpoints are ENIs in {@code subnetIds} guarded by {@code securityGroupIds} [IFE].
 */
public record VpcEndpoint(String id, String name, String vpcId, EndpointType type, String serviceName,
                          List<String> routeTableIds, List<String> subnetIds, List<String> networkInterfaceIds,
                          List<String> securityGroupIds, String state) implements Resource {

    public VpcEndpoint {
        name = name == null ? "" : name;
        serviceName = serviceName == null ? "" : serviceName;
        routeTableIds = List.copyOf(routeTableIds);
        subnetIds = List.copyOf(subnetIds);
        networkInterfaceIds = List.copyOf(networkInterfaceIds);
        securityGroupIds = List.copyOf(securityGroupIds);
        state = state == null ? "available" : state;
    }

    /** "s3" for "com.amazonaws.us-east-1.s3": the short service name people type. */
    public String shortServiceName() {
        int dot = serviceName.lastIndexOf('.');
        return dot < 0 ? serviceName : serviceName.substring(dot + 1);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VPC_ENDPOINT;
    }
}
