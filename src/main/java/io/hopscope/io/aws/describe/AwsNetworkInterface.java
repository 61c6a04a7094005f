package io.hopscope.io.aws.describe;

import java.util.List;

/**
 * One element of describe-network-interfaces {@code NetworkInterfaces}, and also the shape of an
 * instance's {@code NetworkInterfaces} entries (which lack InterfaceType and AvailabilityZone).
 */
public record AwsNetworkInterface(String networkInterfaceId, String subnetId, String vpcId, String availabilityZone,
                                  String interfaceType, String description, String status,
                                  String privateIpAddress, List<PrivateIp> privateIpAddresses,
                                  List<Ipv6Address> ipv6Addresses, IpAssociation association,
                                  List<GroupRef> groups, Attachment attachment, String requesterId,
                                  Boolean sourceDestCheck, List<AwsTag> tagSet, List<AwsTag> tags) {

    public AwsNetworkInterface {
        privateIpAddresses = AwsTag.orEmpty(privateIpAddresses);
        ipv6Addresses = AwsTag.orEmpty(ipv6Addresses);
        groups = AwsTag.orEmpty(groups);
        tagSet = AwsTag.orEmpty(tagSet);
        tags = AwsTag.orEmpty(tags);
    }

    /** The Name tag from TagSet (describe-network-interfaces) or Tags. */
    public String nameTag() {
        String n = AwsTag.nameOf(tagSet);
        return n != null ? n : AwsTag.nameOf(tags);
    }

    public record PrivateIp(String privateIpAddress, Boolean primary, IpAssociation association) {
    }

    public record Ipv6Address(String ipv6Address) {
    }

    public record IpAssociation(String publicIp, String allocationId) {
    }

    public record GroupRef(String groupId, String groupName) {
    }

    /** AttachTime is left out: nothing reads it, and the reader skips what no record names. */
    public record Attachment(String instanceId, Integer deviceIndex, String status) {
    }
}
