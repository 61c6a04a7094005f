package io.hopscope.io.terraform;

import io.hopscope.model.net.Cidr;
import io.hopscope.model.net.IpAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Addresses a plan leaves to AWS: a private address is the first free one of its subnet after the
 * four AWS reserves at the start (network, router, DNS, future use), as AWS hands them out; a public
 * address comes from 198.51.100.0/24 (TEST-NET-2, RFC 5737), which no real host has, and when a large
 * plan has used its 245 from 198.18.0.0/15 (RFC 2544's benchmarking block, not reachable on the
 * internet either; 131,000 more). Both kinds are placeholders.
 */
final class TfAddresses {
    private static final List<Cidr> PUBLIC_POOLS = List.of(Cidr.parse("198.51.100.0/24"), Cidr.parse("198.18.0.0/15"));
    /** Each public pool is used from its tenth address on. */
    private static final long FIRST_PUBLIC = 10;
    /** 2^64 divided by the golden ratio, odd: multiplying by it spreads neighbouring values over all bits. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    /**
     * IPv4 addresses in use, each times an odd constant (a one-to-one map of 64-bit values): the
     * plain values of a plan's addresses differ in bits that HashMap's hash folds onto each other
     * (the VPC's octet onto the host's): the 8,120 of a generated plan filled 400 bins of 20 (tree bins).
     */
    private final Set<Long> takenV4 = new HashSet<>();
    private final Set<IpAddress> takenV6 = new HashSet<>();
    private final Map<String, Long> nextOffset = new HashMap<>();
    /** Each subnet's block, parsed once: thousands of instances share a few hundred subnets. */
    private final Map<String, Cidr> blocks = new HashMap<>();
    private int publicPool;
    private long nextPublic = FIRST_PUBLIC;

    /** Marks a known address as used, so no placeholder takes it. */
    void take(String ip) {
        if (ip != null && IpAddress.isValid(ip)) {
            take(IpAddress.parse(ip));
        }
    }

    /** The first free address of the subnet's IPv4 block after the reserved ones, or null when it is full or unknown. */
    String allocate(String subnetId, String subnetCidr) {
        Cidr c = subnetCidr == null ? null : blocks.get(subnetCidr);
        if (c == null && subnetCidr != null && Cidr.isValid(subnetCidr)) {
            c = Cidr.parse(subnetCidr);
            blocks.put(subnetCidr, c);
        }
        if (c == null || !c.isIpv4()) {
            return null;
        }
        long offset = nextOffset.getOrDefault(subnetId, 4L);
        // The last address is the broadcast address, also reserved.
        for (; offset < c.size() - 1; offset++) {
            IpAddress ip = c.addressAt(offset);
            if (take(ip)) {
                nextOffset.put(subnetId, offset + 1);
                return ip.toString();
            }
        }
        return null;
    }

    private boolean take(IpAddress ip) {
        return ip.version() == 4 ? takenV4.add(ip.lo() * SPREAD) : takenV6.add(ip);
    }

    /** The next free placeholder public address, or null when both pools are used up. */
    String allocatePublic() {
        for (; publicPool < PUBLIC_POOLS.size(); publicPool++, nextPublic = FIRST_PUBLIC) {
            Cidr pool = PUBLIC_POOLS.get(publicPool);
            while (nextPublic < pool.size() - 1) {
                IpAddress ip = pool.addressAt(nextPublic++);
                if (take(ip)) {
                    return ip.toString();
                }
            }
        }
        return null;
    }
}
