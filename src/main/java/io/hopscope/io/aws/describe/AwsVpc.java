package io.hopscope.io.aws.describe;

import java.util.List;

/** One element of describe-vpcs {@code Vpcs}. */
public record AwsVpc(String vpcId, String cidrBlock, List<CidrAssociation> cidrBlockAssociationSet,
                     List<Ipv6CidrAssociation> ipv6CidrBlockAssociationSet, Boolean isDefault, List<AwsTag> tags) {

    public AwsVpc {
        cidrBlockAssociationSet = AwsTag.orEmpty(cidrBlockAssociationSet);
        ipv6CidrBlockAssociationSet = AwsTag.orEmpty(ipv6CidrBlockAssociationSet);
        tags = AwsTag.orEmpty(tags);
    }

    public record CidrAssociation(String cidrBlock, BlockState cidrBlockState) {
    }

    public record Ipv6CidrAssociation(String ipv6CidrBlock, BlockState ipv6CidrBlockState) {
    }

    /** "associated", "disassociated", ...; a missing state counts as associated. */
    public record BlockState(String state) {
        public static boolean isLive(BlockState s) {
            return s == null || s.state() == null
                    || !(s.state().equals("disassociated") || s.state().equals("disassociating") || s.state().equals("failed"));
        }
    }
}
