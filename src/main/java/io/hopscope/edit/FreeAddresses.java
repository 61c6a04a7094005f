package io.hopscope.edit;

import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Address blocks and host addresses that are still free, for resources drawn on the canvas. */
public final class FreeAddresses {

    /** The subnet size a new subnet gets, unless its VPC is smaller. */
    public static final int SUBNET_PREFIX = 24;
    /** AWS reserves the first four addresses and the last one of every subnet [ENI]. */
    private static final int RESERVED_AT_START = 4;

    private FreeAddresses() {
    }

    /** The first 10.N.0.0/16 that overlaps no VPC of the model. */
    public static Optional<Cidr> nextVpcCidr(NetworkModel model) {
        for (int n = 0; n < 256; n++) {
            Cidr candidate = Cidr.parse("10." + n + ".0.0/16");
            boolean clash = model.vpcs().stream().flatMap(v -> v.ipv4Cidrs().stream()).anyMatch(candidate::overlaps);
            if (!clash) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The first /24 (or the VPC's own size when smaller) of the VPC's blocks that no subnet uses. */
    public static Optional<Cidr> nextSubnetCidr(NetworkModel model, Vpc vpc) {
        for (Cidr block : vpc.ipv4Cidrs()) {
            int prefix = Math.max(SUBNET_PREFIX, block.prefixLength());
            long step = 1L << (32 - prefix);
            for (long offset = 0; offset < block.size(); offset += step) {
                Cidr candidate = Cidr.parse(block.addressAt(offset) + "/" + prefix);
                boolean used = model.subnetsOf(vpc.id()).stream()
                        .anyMatch(s -> s.cidr() != null && s.cidr().overlaps(candidate));
                if (!used) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The lowest host address of the subnet that is neither reserved nor held by an interface or NAT. */
    public static Optional<IpAddress> freeIp(NetworkModel model, Subnet subnet) {
        return freeIp(model, subnet, Set.of());
    }

    public static Optional<IpAddress> freeIp(NetworkModel model, Subnet subnet, Set<IpAddress> alsoTaken) {
        if (subnet.cidr() == null) {
            return Optional.empty();
        }
        Set<IpAddress> used = new HashSet<>(alsoTaken);
        for (NetworkInterface eni : model.networkInterfaces()) {
            used.addAll(eni.privateIps());
        }
        for (NatGateway nat : model.natGateways()) {
            if (nat.privateIp() != null) {
                used.add(nat.privateIp());
            }
        }
        long size = subnet.cidr().size();
        for (long offset = RESERVED_AT_START; offset < size - 1; offset++) {
            IpAddress candidate = subnet.cidr().addressAt(offset);
            if (!used.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
