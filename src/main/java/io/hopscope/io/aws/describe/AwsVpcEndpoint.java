package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-vpc-endpoints {@code VpcEndpoints}. */
public record AwsVpcEndpoint(String vpcEndpointId, String vpcEndpointType, String vpcId, String serviceName,
                             String state, List<String> routeTableIds, List<String> subnetIds,
                             List<String> networkInterfaceIds, List<GroupRef> groups, List<AwsTag> tags) {

    public AwsVpcEndpoint {
        routeTableIds = AwsTag.orEmpty(routeTableIds);
        subnetIds = AwsTag.orEmpty(subnetIds);
        networkInterfaceIds = AwsTag.orEmpty(networkInterfaceIds);
        groups = AwsTag.orEmpty(groups);
        tags = AwsTag.orEmpty(tags);
    }

    public record GroupRef(String groupId, String groupName) {
    }
}
