package io.hopscope.engine.eval;

import io.hopscope.engine.ComponentKind;
import io.hopscope.engine.Decision;
import io.hopscope.engine.Direction;
import io.hopscope.engine.Hop;
import io.hopscope.engine.Packet;
import io.hopscope.engine.index.ModelIndex;
import io.hopscope.model.Vpc;
import io.hopscope.model.VpcPeeringConnection;

import java.util.List;

/**
 * VPC peering: only an active connection carries traffic; it only delivers packets whose
 * destination lies in the peer VPC's CIDRs and whose source lies in the local VPC's, which is why
 * peering is not transitive and allows no edge-to-edge use of the peer's gateways [PCX][RA].
 */
public final class PeeringEvaluator {
    /** The hop and, when it passes, the VPC the packet enters. */
    public record Result(Hop hop, String peerVpcId) {
    }

    private final ModelIndex index;

    public PeeringEvaluator(ModelIndex index) {
        this.index = index;
    }

    public Result cross(VpcPeeringConnection pcx, String fromVpcId, Packet p) {
        String peerVpcId = pcx.peerOf(fromVpcId);
        if (!pcx.isActive()) {
            return drop(pcx, p, "BAD_STATE_ROUTE", "blackhole", "Peering connection " + pcx.label() + " is "
                    + pcx.status() + "; only an active peering carries traffic.");
        }
        if (peerVpcId == null) {
            return drop(pcx, p, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "not-attached",
                    "Peering connection " + pcx.label() + " does not connect this VPC.");
        }
        Vpc peer = index.vpc(peerVpcId);
        Vpc local = index.vpc(fromVpcId);
        if (peer == null || !peer.contains(p.dst())) {
            return drop(pcx, p, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "destination-not-in-peer-cidr",
                    "Peering connection " + pcx.label() + " only delivers to addresses inside the peer VPC "
                            + (peer == null ? peerVpcId : peer.label() + " " + peer.ipv4Cidrs()) + "; " + p.dst()
                            + " is not one of them. Peering is not transitive: a VPC cannot reach a third VPC,"
                            + " or the peer's internet gateway or NAT, through it.");
        }
        if (local != null && !local.contains(p.src())) {
            return drop(pcx, p, "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR", "source-not-in-vpc-cidr",
                    "Peering connection " + pcx.label() + " only carries packets whose source is inside the VPC they leave; "
                            + p.src() + " is not.");
        }
        return new Result(Hop.at(ComponentKind.VPC_PEERING_CONNECTION, pcx.id(), pcx.name())
                .decided(Decision.FORWARD, p)
                .explained("Peering connection " + pcx.label() + " carries the packet into VPC " + peer.label()
                        + ", where local routing delivers it."), peerVpcId);
    }

    private Result drop(VpcPeeringConnection pcx, Packet p, String code, String reason, String text) {
        return new Result(Hop.at(ComponentKind.VPC_PEERING_CONNECTION, pcx.id(), pcx.name()).decided(Decision.DROP, p)
                .blocked(code, reason)
                .explained(text), null);
    }
}
