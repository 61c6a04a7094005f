package io.hopscope.edit.fresh;

import io.hopscope.model.NatGateway;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.NetworkModel;
import io.hopscope.model.Subnet;
import io.hopscope.model.Vpc;
import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Address blocks and host addresses that are still free, for resources drawn on the canvas. */
public final class FreeAddresses {

    /** The subnet size a new subnet gets, unless its VPC is smaller. */
    public static final int SUBNET_PREFIX = 24;
    /** AWS reserves the first four addresses and the last one of every subnet [ENI]. */
    private static final int RESERVED_AT_START = 4;

    /** Where blocks for copied VPCs come from: the private ranges, 10/8 first, as for a new VPC [VPC]. */
    private static final List<Cidr> IPV4_POOLS = Cidr.PRIVATE_RANGES;
    /** IPv6 blocks of copies come from the documentation range: Amazon's own /56s cannot be invented. */
    private static final Cidr IPV6_POOL = Cidr.parse("2001:db8::/32");
    /**
     * Public addresses given to copies stand for "an Elastic IP you allocate": TEST-NET-2, the range
     * the samples and the public-IP fix already use. An address belongs to one interface at a time [IGW].
     */
    public static final Cidr PUBLIC_POOL = Cidr.parse("198.51.100.0/24");
    private static final int MAX_CANDIDATES = 1 << 16;

    private FreeAddresses() {
    }

    /**
     * The first block as large as {@code like} (same version and prefix length) that overlaps no VPC
     * block of the model nor any of {@code alsoTaken}. For a /16 this is the block
     * {@link #nextVpcCidr} gives a new VPC.
     */
    public static Optional<Cidr> nextFreeBlock(NetworkModel model, Cidr like, Collection<Cidr> alsoTaken) {
        List<Cidr> pools = like.isIpv4() ? IPV4_POOLS : List.of(IPV6_POOL);
        for (Cidr pool : pools) {
            int prefix = like.prefixLength();
            if (pool.prefixLength() > prefix || (like.isIpv6() && prefix > 64)) {
                continue;
            }
            int hostBits = (like.isIpv4() ? 32 : 64) - prefix;
            long count = Math.min(MAX_CANDIDATES, 1L << (prefix - pool.prefixLength()));
            for (long i = 0; i < count; i++) {
                Cidr candidate = like.isIpv4()
                        ? new Cidr(4, 0, pool.lo() + (i << hostBits), prefix)
                        : new Cidr(6, pool.hi() + (i << hostBits), 0, prefix);
                boolean clash = alsoTaken.stream().anyMatch(candidate::overlaps) || model.vpcs().stream()
                        .flatMap(v -> v.allCidrs().stream()).anyMatch(candidate::overlaps);
                if (!clash) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The first address of {@link #PUBLIC_POOL} no interface or NAT gateway of the model holds. */
    public static Optional<IpAddress> freePublicIp(NetworkModel model, Set<IpAddress> alsoTaken) {
        Set<IpAddress> used = new HashSet<>(alsoTaken);
        for (NetworkInterface eni : model.networkInterfaces()) {
            if (eni.publicIp() != null) {
                used.add(eni.publicIp());
            }
        }
        for (NatGateway nat : model.natGateways()) {
            if (nat.elasticIp() != null) {
                used.add(nat.elasticIp());
            }
        }
        for (long offset = 1; offset < PUBLIC_POOL.size() - 1; offset++) {
            IpAddress candidate = PUBLIC_POOL.addressAt(offset);
            if (!used.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
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
