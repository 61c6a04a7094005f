package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-vpc-peering-connections {@code VpcPeeringConnections}. */
public record AwsPeeringConnection(String vpcPeeringConnectionId, VpcInfo requesterVpcInfo, VpcInfo accepterVpcInfo,
                                   Status status, List<AwsTag> tags) {

    public AwsPeeringConnection {
        tags = AwsTag.orEmpty(tags);
    }

    public record VpcInfo(String vpcId, String region, String ownerId, String cidrBlock) {
    }

    public record Status(String code, String message) {
    }
}
