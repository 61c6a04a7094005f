package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-db-instances {@code DBInstances}. */
public record AwsDbInstance(String dbInstanceIdentifier, String engine, String dbInstanceStatus,
                            String availabilityZone, List<VpcSecurityGroup> vpcSecurityGroups,
                            DbSubnetGroup dbSubnetGroup, Boolean publiclyAccessible, List<AwsTag> tagList) {

    public AwsDbInstance {
        vpcSecurityGroups = AwsTag.orEmpty(vpcSecurityGroups);
        tagList = AwsTag.orEmpty(tagList);
    }

    public record VpcSecurityGroup(String vpcSecurityGroupId, String status) {
    }

    public record DbSubnetGroup(String dbSubnetGroupName, String vpcId, List<DbSubnet> subnets) {
        public DbSubnetGroup {
            subnets = AwsTag.orEmpty(subnets);
        }
    }

    public record DbSubnet(String subnetIdentifier) {
    }
}
