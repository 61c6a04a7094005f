package io.hopscope.engine;

import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.NetworkInterface;

/**
 * Where the walk goes on after an internet gateway dropped a packet coming in. The trace reports
 * every blocker, not only the first (see package-info): when the IGW refuses a packet for the
 * trace's target (no public IP, a private source), or the VPC has no IGW at all, the target's
 * subnet NACL and SG still decide, and so does the reply's route (a private subnet sends it to a
 * NAT, not back to the IGW [IGW][NAT]).
 * The user should see all of them at once rather than one per fix.
 */
final class PastDroppedGateway {
    private PastDroppedGateway() {
    }

    /** The packet as if the gateway had delivered it to the target's private address, or null when there is no target here. */
    static Packet packet(ModelIndex index, NetworkInterface expected, String vpcId, Packet p, Hop drop) {
        if (!"no-public-ip".equals(drop.reason()) && !"rfc1918-source".equals(drop.reason())
                && !"no-internet-gateway".equals(drop.reason())) {
            return null;
        }
        NetworkInterface target = expected != null ? expected : p.dst().isIpv4() ? index.eniByPublicIp(p.dst()) : null;
        if (target == null || !vpcId.equals(index.vpcOfEni(target))) {
            return null;
        }
        if (target.hasPrivateAddress(p.dst())) {
            return p;
        }
        if (p.dst().isIpv6()) {
            return target.ipv6Ips().isEmpty() ? null : p.withDestination(target.ipv6Ips().get(0), p.dstPort());
        }
        return target.primaryIp() == null ? null : p.withDestination(target.primaryIp(), p.dstPort());
    }
}
