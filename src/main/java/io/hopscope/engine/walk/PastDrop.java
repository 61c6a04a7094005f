package io.hopscope.engine.walk;

import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.engine.index.RouteIndex;
import io.hopscope.model.NetworkInterface;
import io.hopscope.model.RouteTargetKind;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;

/**
 * Where the walk goes on after a drop. The trace reports every blocker, not only the first (see
 * package-info). When the IGW refuses a packet coming in for the
 * trace's target (no public IP, a private source), or the VPC has no IGW at all, the target's
 * subnet NACL and SG still decide, and so does the reply's route (a private subnet sends it to a
 * NAT, not back to the IGW [IGW][NAT]).
 * The user should see all of them at once rather than one per fix.
 */
final class PastDrop {
    private PastDrop() {
    }

    /** The packet as if the gateway had delivered it to the target's private address, or null when there is no target here. */
    static Packet pastInternetGateway(ModelIndex index, NetworkInterface expected, String vpcId, Packet p, Hop drop) {
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

    /**
     * The peer VPC behind a blackhole route to a peering connection that exists but is not active
     * (pending acceptance): a route to it is a blackhole [PCX], and once accepted the peer's NACL and
     * SG decide too, so the walk goes on there. Null for any other drop, or a destination outside the peer.
     */
    static String peerBehindBlackhole(ModelIndex index, RouteIndex table, String fromVpcId, Packet p, Hop drop) {
        if (!"blackhole".equals(drop.reason())) {
            return null;
        }
        RouteIndex.Entry e = table.lookup(p.dst());
        if (e == null || e.route().targetKind() != RouteTargetKind.VPC_PEERING_CONNECTION) {
            return null;
        }
        VpcPeeringConnection pcx = index.model().peeringConnection(e.route().targetId());
        String peer = pcx == null ? null : pcx.peerOf(fromVpcId);
        Vpc peerVpc = peer == null ? null : index.vpc(peer);
        return peerVpc != null && peerVpc.contains(p.dst()) ? peer : null;
    }
}
