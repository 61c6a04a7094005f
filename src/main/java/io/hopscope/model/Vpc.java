package io.hopscope.model;

import io.hopscope.model.net.Cidr;
import java.util.List;

/** A VPC: its IPv4 blocks (primary first), optional IPv6 blocks, and Region. */
public record Vpc(String id, String name, String region, List<Cidr> ipv4Cidrs, List<Cidr> ipv6Cidrs)
        implements Resource {

    public Vpc {
        ipv4Cidrs = List.copyOf(ipv4Cidrs);
        ipv6Cidrs = List.copyOf(ipv6Cidrs);
        name = name == null ? "" : name;
        region = region == null ? "" : region;
    }

    public List<Cidr> allCidrs() {
        if (ipv6Cidrs.isEmpty()) {
            return ipv4Cidrs;
        }
        java.util.ArrayList<Cidr> all = new java.util.ArrayList<>(ipv4Cidrs);
        all.addAll(ipv6Cidrs);
        return List.copyOf(all);
    }

    public boolean contains(io.hopscope.model.net.IpAddress address) {
        for (Cidr c : address.isIpv4() ? ipv4Cidrs : ipv6Cidrs) {
            if (c.contains(address)) {
                return true;
            }
        }
        return false;
    }

    public Vpc withName(String newName) {
        return new Vpc(id, newName, region, ipv4Cidrs, ipv6Cidrs);
    }

    @Override
    public ResourceKind kind() {
        return ResourceKind.VPC;
    }
}
