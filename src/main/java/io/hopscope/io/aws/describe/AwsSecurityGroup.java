package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-security-groups {@code SecurityGroups}. */
public record AwsSecurityGroup(String groupId, String groupName, String description, String vpcId,
                               List<IpPermission> ipPermissions, List<IpPermission> ipPermissionsEgress,
                               List<AwsTag> tags) {

    public AwsSecurityGroup {
        ipPermissions = AwsTag.orEmpty(ipPermissions);
        ipPermissionsEgress = AwsTag.orEmpty(ipPermissionsEgress);
        tags = AwsTag.orEmpty(tags);
    }

    public record IpPermission(String ipProtocol, Integer fromPort, Integer toPort, List<IpRange> ipRanges,
                               List<Ipv6Range> ipv6Ranges, List<UserIdGroupPair> userIdGroupPairs,
                               List<PrefixListIdRef> prefixListIds) {
        public IpPermission {
            ipRanges = AwsTag.orEmpty(ipRanges);
            ipv6Ranges = AwsTag.orEmpty(ipv6Ranges);
            userIdGroupPairs = AwsTag.orEmpty(userIdGroupPairs);
            prefixListIds = AwsTag.orEmpty(prefixListIds);
        }
    }

    public record IpRange(String cidrIp, String description) {
    }

    public record Ipv6Range(String cidrIpv6, String description) {
    }

    public record UserIdGroupPair(String groupId, String userId, String vpcId, String vpcPeeringConnectionId,
                                  String description) {
    }

    public record PrefixListIdRef(String prefixListId, String description) {
    }
}
