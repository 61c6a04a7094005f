package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-subnets {@code Subnets}. */
public record AwsSubnet(String subnetId, String vpcId, String cidrBlock, String availabilityZone,
                        List<AwsVpc.Ipv6CidrAssociation> ipv6CidrBlockAssociationSet, List<AwsTag> tags) {

    public AwsSubnet {
        ipv6CidrBlockAssociationSet = AwsTag.orEmpty(ipv6CidrBlockAssociationSet);
        tags = AwsTag.orEmpty(tags);
    }
}
