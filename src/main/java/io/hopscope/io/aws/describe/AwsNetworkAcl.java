package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-network-acls {@code NetworkAcls}. */
public record AwsNetworkAcl(String networkAclId, String vpcId, Boolean isDefault, List<Association> associations,
                            List<Entry> entries, List<AwsTag> tags) {

    public AwsNetworkAcl {
        associations = AwsTag.orEmpty(associations);
        entries = AwsTag.orEmpty(entries);
        tags = AwsTag.orEmpty(tags);
    }

    public record Association(String subnetId) {
    }

    public record Entry(Integer ruleNumber, Boolean egress, String protocol, String ruleAction, String cidrBlock,
                        String ipv6CidrBlock, PortRange portRange, IcmpTypeCode icmpTypeCode) {
    }

    public record PortRange(Integer from, Integer to) {
    }

    public record IcmpTypeCode(Integer type, Integer code) {
    }
}
