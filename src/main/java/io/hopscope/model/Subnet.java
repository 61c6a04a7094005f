package io.hopscope.model;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;

/** A subnet of a VPC in one availability zone; {@code ipv6Cidr} is null when it has none. */
public record Subnet(String id, String name, String vpcId, Cidr cidr, Cidr ipv6Cidr, String availabilityZone)
        implements Resource {

    public Subnet {
        name = name == null ? "" : name;
        availabilityZone = availabilityZone == null ? "" : availabilityZone;
    }

    public boolean contains(IpAddress address) {
        return address.isIpv4() ? cidr != null && cidr.contains(address) : ipv6Cidr != null && ipv6Cidr.contains(address);
    }

    public Subnet withName(String newName) {
        return new Subnet(id, newName, vpcId, cidr, ipv6Cidr, availabilityZone);
    }

    public Subnet withCidr(Cidr newCidr) {
        return new Subnet(id, name, vpcId, newCidr, ipv6Cidr, availabilityZone);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.SUBNET;
    }
}
